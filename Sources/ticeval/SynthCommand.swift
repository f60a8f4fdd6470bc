import ArgumentParser
import Foundation
import TICIngest

/// `ticeval synth`: writes a synthetic, fictional evaluation workspace.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic, fictional evaluation workspace (生成虚构的示例评估工作区).",
        discussion: """
            The same --centers, --years and --seed give byte-identical files on every platform.
            The bundled sample was written by: ticeval synth --out Datasets/sample
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

    @Flag(name: .long, help: "Replace the folder even if it is not empty.")
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
        let manager = FileManager.default
        let target = URL(fileURLWithPath: out).standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw SynthFailure(lang.pick("\(out) 已存在且不是文件夹", "\(out) exists and is not a folder"))
        }
        if exists && !force, let entries = try? manager.contentsOfDirectory(atPath: target.path), !entries.isEmpty {
            throw SynthFailure(lang.pick(
                "\(out) 不是空文件夹；加 --force 覆盖", "\(out) is not empty; add --force to replace it"))
        }

        // Write next to the target, then swap it in, so that a failure never leaves half a workspace.
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).synth-\(pid)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        try? manager.removeItem(at: staging)
        let written: [String]
        do {
            written = try synthesizer.write(to: staging)
            if exists {
                try manager.moveItem(at: target, to: old)
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            if exists && !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: old, to: target) }
            throw error
        }
        if exists { try? manager.removeItem(at: old) }

        print(lang.pick(
            "已生成虚构示例工作区 \(out)（\(centers) 个中心，\(years) 年，种子 \(seed)）：",
            "Wrote a synthetic, fictional workspace to \(out) (\(centers) centers, years \(years), seed \(seed)):"))
        for path in written {
            let size = (try? manager.attributesOfItem(atPath: target.appendingPathComponent(path).path)[.size] as? Int) ?? 0
            print("  \(path)  \(size) " + lang.pick("字节", "bytes"))
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

/// A failure of `synth` after parsing (the folder is in the way): printed without the usage text.
private struct SynthFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
