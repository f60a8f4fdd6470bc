import ArgumentParser
import Foundation
import TICReport

/// `--figures DIR` and `--font FILE`: the figures for papers (standalone SVG and PDF) of
/// `weights`, `compare` and `uncertainty`.
struct FigureOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also write the figures for papers to this folder: NAME.svg (standalone) and NAME.pdf (fonts embedded).", valueName: "folder"))
    var figures: String?

    @Option(help: ArgumentHelp("The TrueType/OpenType font (.ttf, .otf, .ttc) the PDF figures embed (default: \(FigureFonts.environmentVariable), else DejaVu Sans or a CJK font found on the machine).", valueName: "file"))
    var font: String?

    func validate() throws {
        if font != nil && figures == nil { throw ValidationError("--font applies only with --figures FOLDER") }
    }

    /// Refuses `--figures` naming the command's `--out` folder, whose files the figures would replace.
    func check(distinctFrom out: String) throws {
        guard let figures else { return }
        let a = URL(fileURLWithPath: figures).standardizedFileURL.path, b = URL(fileURLWithPath: out).standardizedFileURL.path
        if a == b { throw ValidationError("--figures \(figures) is the --out folder; give the figures their own folder, e.g. --figures \(out)/figures") }
    }

    /// Writes `set` to `--figures` (nothing without it), refusing to replace `inputs`. The SVGs are
    /// always written; `failure` (no usable font) is for the caller to throw once its other outputs
    /// are reported.
    /// - Returns: the paths written, and why the PDFs were not.
    func write(_ set: @autoclosure () -> FigureSet, inputs: [String]) throws -> (paths: [String], failure: FigureFailure?) {
        guard let figures else { return ([], nil) }
        let folder = OutputWriting.folder(figures, inputs: inputs)
        try folder.prepare()
        let (files, failure) = set().files(fontPath: font)
        try folder.write(files)
        return (files.map { "\(figures)/\($0.name)" }, failure)
    }
}
