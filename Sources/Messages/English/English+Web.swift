import Foundation

extension English {
    func web(_ text: WebText) -> String {
        switch text {
        case .title: "coopcheck — check a collective-economy submission"
        case .intro:
            "Choose the province and the period, send the workbook (.xlsx, one sheet per data set), the CSV files or "
                + "a .zip of the submission folder, and see first the problems of the data, cell by cell, then what the "
                + "province owes under the programmes and plans."
        case .privacy: "The files are checked in a private folder and deleted with the answer; nothing is kept."
        case .province: "Province"
        case .mapSince2025: "From 1/7/2025 (34 provinces)"
        case .mapUntil2025: "Until 30/6/2025 (63 provinces)"
        case .period: "Reporting period (year)"
        case .files: "Files"
        case .filesHint: "A workbook (.xlsx or .ods), CSV files, or a .zip of the submission folder"
        case .token: "Access token"
        case .check: "Check"
        case .otherLanguage: "Tiếng Việt"
        case .template: "Download the empty template for this province"
        case .resultHeading(let files, let province, let period):
            "Result: \(files.joined(separator: ", ")) — province \(province), period \(period)"
        case .problems: "Problems of the data"
        case .noProblems: "No problem: the data is valid."
        case .invalid(let errors):
            "The submission is not valid (\(Self.counted(errors, "error"))): correct the cells named above and check again."
        case .placeColumn: "Where"
        case .severityColumn: "Severity"
        case .messageColumn: "Problem"
        case .sheetColumn: "Sheet"
        case .cellColumn: "Cell"
        case .downloadMarked: "Your workbook with its problems marked (.xlsx)"
        case .downloads: "Downloads"
        case .downloadHTML: "Scorecard (HTML)"
        case .downloadJSON: "Report (JSON)"
        case .downloadCSV: "Findings (CSV for Excel)"
        case .checkAgain: "Check another submission"
        case .refused: "The upload was refused"
        case .summary: "Summary"
        case .dueMet(let share):
            share.map { "\(percent($0)) of the targets now due are met." } ?? "No target is due yet."
        case .worstGaps: "The largest gaps"
        case .noGaps: "No target due is missed."
        }
    }
}
