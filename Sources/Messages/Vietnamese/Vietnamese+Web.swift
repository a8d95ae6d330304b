import Foundation

extension Vietnamese {
    func web(_ text: WebText) -> String {
        switch text {
        case .title: "coopcheck — kiểm tra hồ sơ kinh tế tập thể"
        case .intro:
            "Chọn tỉnh và kỳ báo cáo, gửi sổ tính (.xlsx, mỗi trang tính một bộ dữ liệu), các tệp CSV hoặc tệp .zip của "
                + "thư mục hồ sơ, rồi xem trước hết các vấn đề của dữ liệu theo từng ô, sau đó là những gì tỉnh phải thực "
                + "hiện theo các chương trình, kế hoạch."
        case .privacy: "Tệp được kiểm tra trong một thư mục riêng và bị xóa ngay khi trả kết quả; không lưu lại gì."
        case .province: "Tỉnh, thành phố"
        case .mapSince2025: "Từ 01/07/2025 (34 tỉnh, thành phố)"
        case .mapUntil2025: "Đến 30/06/2025 (63 tỉnh, thành phố)"
        case .period: "Kỳ báo cáo (năm)"
        case .files: "Tệp"
        case .filesHint: "Sổ tính (.xlsx hoặc .ods), các tệp CSV, hoặc tệp .zip của thư mục hồ sơ"
        case .token: "Mã truy cập"
        case .check: "Kiểm tra"
        case .otherLanguage: "English"
        case .template: "Tải mẫu trống cho tỉnh này"
        case .resultHeading(let files, let province, let period):
            "Kết quả: \(files.joined(separator: ", ")) — tỉnh \(province), kỳ \(period)"
        case .problems: "Vấn đề của dữ liệu"
        case .noProblems: "Không có vấn đề: dữ liệu hợp lệ."
        case .invalid(let errors):
            "Hồ sơ chưa hợp lệ (\(count(errors)) lỗi): hãy sửa các ô nêu trên rồi kiểm tra lại."
        case .placeColumn: "Vị trí"
        case .severityColumn: "Mức độ"
        case .messageColumn: "Vấn đề"
        case .sheetColumn: "Trang tính"
        case .cellColumn: "Ô"
        case .downloadMarked: "Sổ tính của tỉnh có đánh dấu các vấn đề (.xlsx)"
        case .downloads: "Tải về"
        case .downloadHTML: "Bảng đánh giá (HTML)"
        case .downloadJSON: "Báo cáo (JSON)"
        case .downloadCSV: "Kết quả (CSV cho Excel)"
        case .checkAgain: "Kiểm tra hồ sơ khác"
        case .refused: "Tệp gửi lên bị từ chối"
        case .summary: "Tóm tắt"
        case .dueMet(let share):
            share.map { "\(percent($0)) chỉ tiêu đã đến hạn đạt yêu cầu." } ?? "Chưa có chỉ tiêu nào đến hạn."
        case .worstGaps: "Các khoảng cách lớn nhất"
        case .noGaps: "Không có chỉ tiêu đến hạn nào không đạt."
        }
    }
}
