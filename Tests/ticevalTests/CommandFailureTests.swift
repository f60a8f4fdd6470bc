import Testing
import TICIngest
import TICSupport
@testable import ticeval

/// The CLI's own problems print like every library problem (one funnel).
@Suite("Command failures")
struct CommandFailureTests {
    @Test("a failure prints at its cell, at its file, or with no place; a warning says so")
    func places() {
        let cell = CommandFailure(FileLocation(path: "m.csv", line: 3, column: 2), zh: "“x”的值为 0", en: "\"x\" has the value 0")
        #expect(cell.lines(.en) == ["m.csv:3:2: error: \"x\" has the value 0"])
        #expect(cell.lines(.zh) == ["m.csv:3:2: 错误: “x”的值为 0"])
        #expect(cell.fileLocation == FileLocation(path: "m.csv", line: 3, column: 2))
        let file = CommandFailure(file: "s.json", zh: "无法读取", en: "cannot read")
        #expect(file.formatted(.en) == "s.json: error: cannot read" && file.fileLocation == nil)
        let warning = CommandFailure.warning(file: "m.csv", zh: "“x”全为 0", en: "\"x\" is all zeros")
        #expect(warning.formatted(.zh) == "m.csv: 警告: “x”全为 0")
        #expect(CommandFailure(nil, zh: "找不到 ws", en: "ws not found").formatted(.zh) == "错误：找不到 ws")
    }

    @Test("a reading problem keeps its location and its severity")
    func fromIngest() {
        let problem = IngestError.readAsGB18030(FileLocation(path: "c.csv", line: 2, column: 3), asUTF8: "a", asGB18030: "b")
        let failure = CommandFailure(problem)
        #expect(failure.isWarning == problem.isWarning)
        #expect(failure.formatted(.en) == problem.formatted(.en))
    }
}
