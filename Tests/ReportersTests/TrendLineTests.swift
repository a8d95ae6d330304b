import Foundation
import History
import Messages
import Targets
import Testing

@testable import Reporters

@Suite struct TrendLineTests {
    func point(_ asOf: String, _ value: String) -> TrendPoint {
        TrendPoint(run: nil, asOf: asOf, value: Decimal(string: value)!, status: .onTrack)
    }

    @Test func aShareTrendIsDrawnAgainstItsTargetWithPercentLabels() throws {
        let target = Target(relation: .atLeast, value: Decimal(string: "0.45")!, unit: .percent, wording: "ít nhất 45%")
        let svg = TrendLine.svg(
            [point("2025-06-30", "0.25"), point("2025-09-30", "0.35"), point("2025-12-31", "0.4")], target: target,
            catalogue: English())
        #expect(
            svg == """
                <svg class="trend" width="120" height="28" viewBox="0 0 120 28" role="img" aria-label="trend over 3 runs: 30/06/2025 25%; 30/09/2025 35%; 31/12/2025 40%">\
                <title>30/06/2025 25%; 30/09/2025 35%; 31/12/2025 40%</title>\
                <line x1="0" x2="120" y1="3.0" y2="3.0" stroke="#000" stroke-dasharray="3 2"/>\
                <polyline fill="none" stroke="#333" stroke-width="1.5" points="3.0,25.0 60.0,14.0 117.0,8.5"/>\
                <circle cx="117.0" cy="8.5" r="2.5" fill="#000"/></svg>
                """)
    }

    @Test func aFlatLineSitsInTheMiddleAndOnePointDrawsNothing() {
        let flat = TrendLine.svg(
            [point("2025-06-30", "7"), point("2025-12-31", "7")], target: nil, catalogue: English())
        #expect(flat?.contains("points=\"3.0,14.0 117.0,14.0\"") == true)
        #expect(flat?.contains("<line") == false)
        #expect(TrendLine.svg([point("2025-12-31", "7")], target: nil, catalogue: English()) == nil)
    }
}
