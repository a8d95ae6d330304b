import Expressions

extension FieldSpec {
    static let cooperativeFields: [FieldSpec] = [
        FieldSpec("id", .string, required: true, label: "Mã HTX", en: "identifier (tax or registration code)"),
        FieldSpec("name", .string, required: true, label: "Tên HTX", en: "name"),
        FieldSpec(
            "kind", .enumeration(Domains.kind), required: true, label: "Loại hình", en: "kind: HTX, THT or LHHTX"),
        FieldSpec("sector", .enumeration(Domains.sector), required: true, label: "Lĩnh vực", en: "sector"),
        FieldSpec("province", .string, required: true, label: "Tỉnh", en: "province code"),
        FieldSpec("district", .string, label: "Huyện", en: "district code"),
        FieldSpec("commune", .string, label: "Xã", en: "commune code"),
        FieldSpec("founded_on", .date, required: true, label: "Ngày thành lập", en: "founding (registration) date"),
        FieldSpec(
            "status", .enumeration(Domains.status), required: true, label: "Tình trạng",
            en: "status: active, stopped or dissolved"),
        FieldSpec("dissolved_on", .date, label: "Ngày giải thể", en: "dissolution date"),
        FieldSpec("members", .integer, label: "Số thành viên", en: "number of members"),
        FieldSpec("union_member", .bool, label: "Thành viên Liên minh HTX", en: "member of the cooperative alliance"),
        FieldSpec(
            "farmers_union_supported", .bool, label: "Do Hội Nông dân hỗ trợ thành lập",
            en: "founded with the Farmers' Union's support"),
        FieldSpec(
            "women_union_supported", .bool, label: "Do Hội LHPN hỗ trợ thành lập",
            en: "founded with the Women's Union's support"),
        FieldSpec(
            "youth_union_supported", .bool, label: "Do Đoàn Thanh niên hỗ trợ thành lập",
            en: "founded with the Youth Union's support"),
        FieldSpec(
            "linked_with_enterprise", .bool, label: "Liên kết với doanh nghiệp",
            en: "production or business linkage with an enterprise"),
        FieldSpec("value_chain", .bool, label: "Tham gia chuỗi giá trị", en: "part of a value chain"),
        FieldSpec(
            "key_product_value_chain", .bool, label: "Chuỗi giá trị sản phẩm chủ lực",
            en: "in the value chain of a key product"),
        FieldSpec("credit_access", .bool, label: "Tiếp cận tín dụng", en: "has access to credit"),
        FieldSpec(
            "support_fund_loan", .bool, label: "Vay Quỹ hỗ trợ phát triển HTX",
            en: "borrowed from the cooperative development support fund"),
        FieldSpec("rating", .enumeration(Domains.rating), label: "Xếp loại", en: "rating: good, fair, average or weak"),
        FieldSpec("effective", .bool, label: "Hoạt động hiệu quả", en: "operating effectively"),
        FieldSpec("high_tech", .bool, label: "Ứng dụng công nghệ cao", en: "applies high technology"),
        FieldSpec("ocop_product", .bool, label: "Có sản phẩm OCOP", en: "has an OCOP-certified product"),
        FieldSpec("female_director", .bool, label: "Giám đốc là nữ", en: "the director is a woman"),
        FieldSpec("young_director", .bool, label: "Giám đốc là thanh niên", en: "the director is a young person"),
        FieldSpec("digital_transformation", .bool, label: "Chuyển đổi số", en: "applies digital transformation"),
        FieldSpec("internal_audit", .bool, label: "Kiểm toán nội bộ", en: "has an internal audit"),
        FieldSpec("audit_required", .bool, label: "Thuộc diện kiểm toán bắt buộc", en: "subject to a mandatory audit"),
        FieldSpec("audit_advised", .bool, label: "Được tư vấn kiểm toán", en: "received audit advice"),
        FieldSpec("key_staff", .integer, label: "Số cán bộ chủ chốt", en: "number of key staff"),
        FieldSpec(
            "key_staff_trained", .integer, label: "Số cán bộ chủ chốt được đào tạo", en: "number of key staff trained"),
        FieldSpec(
            "trained_staff", .bool, label: "Có cán bộ được đào tạo, bồi dưỡng", en: "has staff trained by the programme"
        ),
        FieldSpec("new_model", .bool, label: "HTX kiểu mới", en: "a new-model cooperative"),
        FieldSpec("social_insurance", .bool, label: "Đóng BHXH", en: "pays social insurance for its staff"),
        FieldSpec(
            "contract_certified", .bool, label: "Hợp đồng hợp tác được chứng thực",
            en: "THT with a certified cooperation contract"),
        FieldSpec("trade_union", .bool, label: "Có tổ chức Công đoàn", en: "has a trade-union branch"),
        FieldSpec(
            "policy_beneficiary", .bool, label: "Thụ hưởng chính sách hỗ trợ", en: "benefited from a support policy"),
        FieldSpec("revenue", .decimal, label: "Doanh thu (đồng)", en: "annual revenue in VND"),
        FieldSpec(
            "average_income", .decimal, label: "Thu nhập bình quân (đồng/tháng)",
            en: "average monthly income of workers in VND"),
    ]

    static let unitFields: [FieldSpec] = [
        FieldSpec("code", .string, required: true, label: "Mã đơn vị", en: "unit code"),
        FieldSpec("name", .string, required: true, label: "Tên đơn vị", en: "unit name"),
        FieldSpec(
            "level", .enumeration(Domains.unitLevel), required: true, label: "Cấp",
            en: "level: province, district, commune or agency"),
        FieldSpec("parent_code", .string, label: "Mã đơn vị cấp trên", en: "code of the unit above"),
        FieldSpec("farm_households", .integer, label: "Số hộ nông dân", en: "number of farm households"),
        FieldSpec("population", .integer, label: "Dân số", en: "population"),
        FieldSpec("valid_from", .date, label: "Hiệu lực từ ngày", en: "first day the unit existed"),
        FieldSpec("valid_to", .date, label: "Hiệu lực đến ngày", en: "last day the unit existed"),
        FieldSpec("successor", .string, label: "Mã đơn vị kế thừa", en: "code of the unit that took its place"),
    ]

    static let indicatorFields: [FieldSpec] = [
        FieldSpec("unit", .string, required: true, label: "Đơn vị", en: "reporting unit code"),
        FieldSpec("indicator", .string, required: true, label: "Chỉ tiêu", en: "indicator name"),
        FieldSpec("year", .integer, required: true, label: "Năm", en: "year"),
        FieldSpec("period", .string, label: "Kỳ", en: "period within the year (Q1…Q4, H1, H2, 01…12)"),
        FieldSpec("value", .decimal, required: true, label: "Giá trị", en: "value"),
    ]

    static let reportFields: [FieldSpec] = [
        FieldSpec("unit", .string, required: true, label: "Đơn vị báo cáo", en: "reporting unit code"),
        FieldSpec("report", .string, required: true, label: "Báo cáo", en: "report identifier"),
        FieldSpec(
            "period", .string, required: true, label: "Kỳ báo cáo",
            en: "period reported (2025, 2025-Q3, 2025-H1, 2025-06)"),
        FieldSpec("submitted_on", .date, required: true, label: "Ngày gửi", en: "date the report arrived"),
        FieldSpec("recipient", .string, label: "Nơi nhận", en: "recipient"),
    ]

    static let taskFields: [FieldSpec] = [
        FieldSpec("task", .string, required: true, label: "Mã nhiệm vụ", en: "task identifier (as in the rule pack)"),
        FieldSpec("lead_unit", .string, required: true, label: "Đơn vị chủ trì", en: "lead unit"),
        FieldSpec("deliverable", .string, label: "Sản phẩm", en: "deliverable"),
        FieldSpec("period", .string, label: "Kỳ", en: "period the deliverable is for (for recurring tasks)"),
        FieldSpec(
            "status", .enumeration(Domains.taskStatus), required: true, label: "Tình trạng",
            en: "status: done, in_progress or not_started"),
        FieldSpec("completed_on", .date, label: "Ngày hoàn thành", en: "completion date"),
    ]
}
