import DataContract
import Expressions

extension Expressions.Expression {
    /// The expression with its fields resolved to the positions of `kind`'s record values.
    func bound(to kind: DatasetKind) -> BoundExpression {
        let index = kind.fieldIndex
        return BoundExpression(self) { index[$0] }
    }
}

extension Array {
    /// Grows the array with `filler` until `index` is valid.
    mutating func ensureIndex(_ index: Int, filler: @autoclosure () -> Element) {
        while count <= index { append(filler()) }
    }
}
