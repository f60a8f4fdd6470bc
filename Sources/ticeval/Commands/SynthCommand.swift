import ArgumentParser
import Foundation
import TICIngest
import TICSynth
import TICSupport

/// `ticeval synth`: writes a synthetic, fictional evaluation workspace.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic, fictional evaluation workspace (生成虚构的示例评估工作区).",
        discussion: """
            The same --centers, --years and --seed give byte-identical files on every platform.
            The bundled sample was written by: ticeval synth --out Datasets/sample --force (which keeps its scheme.json).
            """
    )

    @Option(name: .long, help: "Number of centers (at least \(WorkspaceSynthesizer.minimumCenters)).")
    var centers: Int = WorkspaceSynthesizer.defaultCenters

    @Option(name: .long, help: "Report years as FIRST-LAST, e.g. 2022-2024 (at most \(WorkspaceSynthesizer.maximumYears) years).")
    var years: String = "\(WorkspaceSynthesizer.defaultYears.lowerBound)-\(WorkspaceSynthesizer.defaultYears.upperBound)"

    @Option(name: .long, help: "Random seed (an unsigned 64-bit integer).")
    var seed: UInt64 = WorkspaceSynthesizer.defaultSeed

    @Option(name: .long, help: "Folder to write the workspace to.")
    var out: String

    @Flag(name: .long, help: "Write into a folder that is not empty: the files synth writes are replaced, every other file is kept.")
    var force = false

    @OptionGroup var language: LanguageOptions

    /// The most centers `synth` writes (about 1 GB of reports over three years); more is a usage error.
    static let maximumCenters = 1_000_000

    func validate() throws {
        let lang = language.lang
        guard centers >= WorkspaceSynthesizer.minimumCenters else {
            throw ValidationError(lang.pick(
                "--centers 至少为 \(WorkspaceSynthesizer.minimumCenters)，实际为 \(centers)",
                "--centers must be at least \(WorkspaceSynthesizer.minimumCenters), got \(centers)"))
        }
        guard centers <= Self.maximumCenters else {
            throw ValidationError(lang.pick("--centers 至多为 \(Self.maximumCenters)，实际为 \(centers)",
                                            "--centers must be at most \(Self.maximumCenters), got \(centers)"))
        }
        _ = try yearRange()
    }

    func run() throws {
        let lang = language.lang
        let synthesizer = WorkspaceSynthesizer(centers: centers, years: try yearRange(), seed: seed)
        // Written as one new folder switched in place of the old one; with --force, every file synth
        // does not write (a hand-written scheme.json, notes) is kept as it is.
        let folder = OutputWriting.folder(out, existing: force ? .keepOthers : .mustBeEmpty)
        try folder.prepare()
        let contents = synthesizer.files()
        let outcome = try folder.write(synthesizer.paths.map { ($0, contents[$0]!) })

        print(lang.pick(
            "已生成虚构示例工作区 \(out)（\(centers) 个中心，\(years) 年，种子 \(seed)）：",
            "Wrote a synthetic, fictional workspace to \(out) (\(centers) centers, years \(years), seed \(seed)):"))
        for path in synthesizer.paths {
            print("  \(path)  \(contents[path]!.count) " + lang.pick("字节", "bytes"))
        }
        if !outcome.kept.isEmpty {
            print(lang.pick("保留了 synth 不写入的文件：", "Kept the files synth does not write: ") + outcome.kept.joined(separator: ", "))
        }
    }

    /// `--years` as a range: `FIRST-LAST` (or a single year), four-digit years, at most
    /// `maximumYears` of them, first ≤ last.
    func yearRange() throws -> ClosedRange<Int> {
        let lang = language.lang
        let parts = years.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { part in part.count == 4 && part.allSatisfy(\.isASCII) ? Int(part) : nil }
        guard (1...2).contains(parts.count), numbers.count == parts.count, numbers.allSatisfy({ $0 >= 1000 }) else {
            throw ValidationError(lang.pick(
                "--years 格式应为 起始年-结束年，如 2022-2024；实际为 '\(years)'",
                "--years must look like FIRST-LAST, e.g. 2022-2024; got '\(years)'"))
        }
        let first = numbers[0], last = numbers[numbers.count - 1]
        guard first <= last else {
            throw ValidationError(lang.pick("--years 起始年不能晚于结束年：'\(years)'", "--years: the first year is after the last: '\(years)'"))
        }
        guard last - first + 1 <= WorkspaceSynthesizer.maximumYears else {
            throw ValidationError(lang.pick(
                "--years 最多 \(WorkspaceSynthesizer.maximumYears) 年：'\(years)'",
                "--years spans at most \(WorkspaceSynthesizer.maximumYears) years: '\(years)'"))
        }
        return first...last
    }
}
