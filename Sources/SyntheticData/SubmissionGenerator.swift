import AdministrativeMap
import Foundation

/// The shape of the administrative map a generated submission follows.
public enum GeneratedMap: String, CaseIterable, Sendable {
    /// Provinces of 8 districts of 12 communes each, with synthetic codes (the map until 30/6/2025).
    case map2020 = "2020"
    /// The 34 official provincial-level units from 1/7/2025, with 96 communes each directly
    /// under the province and no district level; the reporting period is 2026.
    case map2025 = "2025"
}

/// Writes a large synthetic national submission (manifest, units, cooperatives, reports) for
/// benchmarks and scale tests. Deterministic: the same options give byte-identical files.
public struct SubmissionGenerator: Sendable {
    public var cooperatives: Int
    public var seed: UInt64
    public var provinces: Int
    public var map: GeneratedMap
    public static let districtsPerProvince = 8
    public static let communesPerDistrict = 12

    /// `provinces` is at most 34 on the 2025 map (the first of the official list).
    public init(cooperatives: Int, seed: UInt64, provinces: Int = 63, map: GeneratedMap = .map2020) {
        self.cooperatives = cooperatives
        self.seed = seed
        self.provinces = map == .map2025 ? min(provinces, AdministrativeMap.since2025.count) : provinces
        self.map = map
    }

    private var period: Int { map == .map2025 ? 2026 : 2025 }

    /// Writes the submission into `folder` (created if needed) and returns the files written.
    @discardableResult
    public func write(to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SplitMix64(seed: seed)
        try writeFile(folder, "units.csv") { out in try writeUnits(&out) }
        try writeFile(folder, "cooperatives.csv") { out in try writeCooperatives(&out, &random) }
        try writeFile(folder, "reports.csv") { out in try writeReports(&out, &random) }
        let manifest = """
            # Synthetic national submission: \(cooperatives) cooperatives in \(provinces) provinces (coopcheck generate --seed \(seed)\(map == .map2025 ? " --map 2025" : "")).
            coopcheck_submission: 1
            unit: SYNTHETIC
            period: \(period)
            prepared_on: \(period + 1)-01-15
            conventions: { numbers: international, dates: iso }
            files:
              - { path: units.csv, kind: units }
              - { path: cooperatives.csv, kind: cooperatives }
              - { path: reports.csv, kind: reports }

            """
        try Data(manifest.utf8).write(
            to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("submission.yaml")))
        return ["submission.yaml", "units.csv", "cooperatives.csv", "reports.csv"]
    }

    /// Streams a file through a 4 MiB buffer so memory stays flat whatever the size.
    private func writeFile(_ folder: String, _ name: String, _ body: (inout ChunkedWriter) throws -> Void) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO),
                ])
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var writer = ChunkedWriter(handle: handle)
        try body(&writer)
        try writer.flush()
        try handle.close()
    }

    private func provinceCode(_ p: Int) -> Int { p + 1 }
    private func districtCode(_ p: Int, _ d: Int) -> Int { (p + 1) * 100 + d + 1 }
    private func communeCode(_ p: Int, _ d: Int, _ c: Int) -> Int { districtCode(p, d) * 100 + c + 1 }

    /// The official units of the 2025 map the submission covers.
    private var units2025: ArraySlice<Province> { AdministrativeMap.since2025.prefix(provinces) }
    private static let communesPerProvince = districtsPerProvince * communesPerDistrict

    /// A commune of the 2025 map: its province's code and three digits (`68001`).
    private func commune2025(_ province: Province, _ c: Int) -> String {
        province.code + String(1001 + c).dropFirst()
    }

    private func writeUnits2025(_ out: inout ChunkedWriter) throws {
        try out.append("code,name,level,parent_code,farm_households,population,valid_from\n")
        for province in units2025 {
            let level = province.isCity ? "thành phố trực thuộc trung ương" : "tỉnh"
            try out.append("\(province.code),\(province.name),\(level),,,,\n")
            for c in 0..<Self.communesPerProvince {
                let code = commune2025(province, c)
                let households = 800 + (Int(code) ?? 0) % 3000
                let (word, level) = c % 4 == 3 ? ("Phường", "phường") : ("Xã", "xã")
                try out.append(
                    "\(code),\(word) \(code),\(level),\(province.code),\(households),\(households * 4),2025-07-01\n")
            }
        }
    }

    private func writeUnits(_ out: inout ChunkedWriter) throws {
        guard map == .map2020 else { return try writeUnits2025(&out) }
        try out.append("code,name,level,parent_code,farm_households,population\n")
        for p in 0..<provinces {
            try out.append("P\(provinceCode(p)),Province \(provinceCode(p)),province,,,\n")
            for d in 0..<Self.districtsPerProvince {
                try out.append("D\(districtCode(p, d)),District \(districtCode(p, d)),district,P\(provinceCode(p)),,\n")
                for c in 0..<Self.communesPerDistrict {
                    let code = communeCode(p, d, c)
                    let households = 800 + code % 3000
                    try out.append(
                        "C\(code),Commune \(code),commune,D\(districtCode(p, d)),\(households),\(households * 4)\n")
                }
            }
        }
    }

    static let header =
        "id,name,kind,sector,province,district,commune,founded_on,status,members,farmers_union_supported,linked_with_enterprise,credit_access,rating,effective,high_tech,audit_required,audit_advised,key_staff,key_staff_trained\n"
    static let sectors = [
        "agriculture", "agriculture", "agriculture", "agriculture", "trade", "services", "industry", "transport",
        "credit", "construction",
    ]
    static let ratings = ["good", "fair", "fair", "average", "weak", ""]

    private func writeCooperatives(_ out: inout ChunkedWriter, _ random: inout SplitMix64) throws {
        try out.append(Self.header)
        for n in 0..<cooperatives {
            let p = random.below(provinces), d = random.below(Self.districtsPerProvince),
                c = random.below(Self.communesPerDistrict)
            let kind = random.chance(65) ? "HTX" : (random.chance(97) ? "THT" : "LHHTX")
            let keyStaff = 1 + random.below(7)
            let auditRequired = kind == "HTX" && random.chance(20)
            try out.append("S\(n + 1),Cooperative \(n + 1),\(kind),\(Self.sectors[random.below(Self.sectors.count)]),")
            switch map {
            case .map2020: try out.append("P\(provinceCode(p)),D\(districtCode(p, d)),C\(communeCode(p, d, c)),")
            case .map2025:
                let province = units2025[units2025.startIndex + p]
                try out.append("\(province.code),,\(commune2025(province, d * Self.communesPerDistrict + c)),")
            }
            let year = 2000 + random.below(26), month = 1 + random.below(12), day = 1 + random.below(28)
            try out.append("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),")
            try out.append(random.chance(90) ? "active," : "stopped,")
            try out.append("\(kind == "THT" ? 3 + random.below(25) : 5 + random.below(200)),")
            try out.append(random.chance(40) ? "true," : "false,")
            try out.append(random.chance(42) ? "true," : "false,")
            try out.append(random.chance(30) ? "true," : "false,")
            try out.append(Self.ratings[random.below(Self.ratings.count)] + ",")
            try out.append(random.chance(60) ? "true," : "false,")
            try out.append(random.chance(8) ? "true," : "false,")
            try out.append(auditRequired ? "true," : "false,")
            try out.append(auditRequired && random.chance(90) ? "true," : "false,")
            try out.append("\(keyStaff),\(random.below(keyStaff + 1))\n")
        }
    }

    private func writeReports(_ out: inout ChunkedWriter, _ random: inout SplitMix64) throws {
        try out.append("unit,report,period,submitted_on,recipient\n")
        for year in (map == .map2025 ? 2026...2026 : 2023...2025) {
            for p in 0..<provinces {
                let day = 5 + random.below(14)
                let unit = map == .map2025 ? units2025[units2025.startIndex + p].code : "P\(provinceCode(p))"
                try out.append("\(unit),annual-report-mpi,\(year),\(year)-12-\(day < 10 ? "0" : "")\(day),MPI\n")
            }
        }
    }
}

/// Appends text to a buffer and writes it out in large chunks.
struct ChunkedWriter {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    static let chunk = 4 << 20

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    /// Appends text, writing the buffer out when it is full: the first failed write (a full
    /// disk) stops the generation there.
    mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
