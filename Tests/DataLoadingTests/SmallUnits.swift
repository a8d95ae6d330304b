/// A units file of two districts of Đắk Nông with a commune each, for the tests that place
/// cooperatives in them.
enum SmallUnits {
    static let csv = """
        code,name,level,parent_code
        67,Tỉnh Đắk Nông,tỉnh,
        663,Huyện Đắk Mil,huyện,67
        664,Huyện Krông Nô,huyện,67
        66301,Xã Đắk Mil,xã,663
        66401,Xã Đắk Mâm,xã,664

        """
}
