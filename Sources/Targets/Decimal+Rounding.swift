import Foundation

extension Decimal {
    /// The value rounded half away from zero to `places` decimals: how every figure coopcheck
    /// shows or writes is rounded.
    public func rounded(places: Int) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}
