import Testing
import TICReport

@Suite struct ColorChoiceTests {
    @Test("auto colours only a terminal without NO_COLOR; always and never win", arguments: [
        (ColorChoice.auto, true, [:], true), (.auto, true, ["NO_COLOR": "1"], false), (.auto, true, ["NO_COLOR": ""], true),
        (.auto, false, [:], false), (.always, false, ["NO_COLOR": "1"], true), (.never, true, [:], false),
    ] as [(ColorChoice, Bool, [String: String], Bool)])
    func choice(choice: ColorChoice, isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(choice.enabled(isTerminal: isTerminal, environment: environment) == expected)
    }
}
