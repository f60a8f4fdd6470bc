import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// `ticeval template`: writes the data-collection template of a scheme (数据填报模板).
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the data-collection template of a scheme for centers to fill in (生成数据填报模板).",
        discussion: """
            Writes centers.xlsx and reports/YEAR.xlsx (Chinese headers with units, drop-down lists, \
            an instructions sheet 说明 with each column's meaning and the reporting deadline the \
            scheme's text sets), or with --file-format csv centers.csv, reports/YEAR.csv and 说明.txt. \
            Filled in, the folder is a workspace that validate and evaluate read as it is. With a \
            workspace the rows are pre-filled with its centers; --per-center writes \
            reports/YEAR-ID.xlsx for each center with last year's values on a reference sheet that \
            is never read. The same arguments give byte-identical files.
            """
    )

    @Argument(help: "A workspace whose centers pre-fill the template (needed by --per-center).")
    var workspace: String?

    @Option(name: .customLong("workspace"), help: "The workspace, as an option (same as the argument).")
    var workspaceFolder: String?

    @Option(help: "The indicator system: a preset (national-2017, sichuan-2022, hunan-2020, tianjin-2018) or a scheme JSON file. Default: WORKSPACE/scheme.json; without either, the command stops and lists the presets.")
    var scheme: String?

    @Option(help: "The year the reports are about. Default: the year after the workspace's last report, else last calendar year.")
    var year: Int?

    @Option(help: "Folder to write the template to (new or empty, unless --force).")
    var out: String

    @Flag(help: "One report file per center, pre-filled with its id, name and last year's values for reference (needs a workspace).")
    var perCenter = false

    @Option(help: "xlsx (default) or csv (UTF-8 with BOM, and 说明.txt).")
    var fileFormat: CollectionTemplate.FileFormat = .xlsx

    @Flag(name: .long, help: "Write into a folder that is not empty: the files template writes are replaced, every other file is kept.")
    var force = false

    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        let lang = language.lang
        if let workspace, let workspaceFolder, workspace != workspaceFolder {
            throw ValidationError(lang.pick("工作区给了两个：'\(workspace)' 和 --workspace '\(workspaceFolder)'；请只给一个",
                                            "two workspaces given: '\(workspace)' and --workspace '\(workspaceFolder)'; give one"))
        }
        if perCenter && root == nil {
            throw ValidationError(lang.pick("--per-center 需要工作区（其中的 centers 提供各中心的编号和名称）：请给出工作区文件夹，或用 --workspace DIR",
                                            "--per-center needs a workspace (its centers give each center's id and name): pass the workspace folder, or --workspace DIR"))
        }
        if let year, !(1901...2999).contains(year) {
            throw ValidationError(lang.pick("--year 应为四位年份（1901–2999），实际为 \(year)", "--year must be a four-digit year (1901–2999), got \(year)"))
        }
    }

    /// The workspace folder, if one was given.
    private var root: String? { workspace ?? workspaceFolder }

    func run() throws {
        let lang = language.lang
        let schemeArgument = try SchemeSource(option: scheme, workspace: root).argument
        let folder = OutputWriting.folder(out, existing: force ? .keepOthers : .mustBeEmpty,
                                          inputs: root.map { OutputWriting.likelyInputs(ofWorkspace: $0, scheme: schemeArgument) } ?? [])
        try folder.prepare()
        let outcome = try SchemeSource(schemeArgument).inspect(language: lang)
        outcome.printDiagnostics(language: lang)
        guard let chosen = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode(1) }

        var centers: [Center] = [], reports: [AnnualReport] = []
        if let root {
            var loader = WorkspaceLoader(encoding: encodingOptions.encoding)
            loader.indicators = chosen.reportColumnNames
            let loaded = loader.load(root: root)
            for line in loaded.intakeLines(lang) { Console.note(line) }
            guard !loaded.hasErrors else {
                throw CommandFailure(file: root, zh: "工作区有错误（见上）：模板不会用有错误的数据预填。请先修正（ticeval validate \(root)），再生成模板",
                                     en: "the workspace has errors (above): a template is never pre-filled from data with errors. Fix them first (ticeval validate \(root)), then write the template")
            }
            guard !loaded.centers.isEmpty else {
                throw CommandFailure(file: root, zh: "工作区的 centers 中没有中心：请先在 centers.csv 或 centers.xlsx 中登记中心（中心编号、中心名称…）",
                                     en: "the workspace's centers hold no center: register the centers (id, name, …) in centers.csv or centers.xlsx first")
            }
            centers = loaded.centers
            reports = loaded.reports
        }
        let reportYear = year ?? reports.map(\.year).max().map { $0 + 1 } ?? (Calendar(identifier: .gregorian).component(.year, from: Date()) - 1)
        let template = CollectionTemplate(scheme: chosen, year: reportYear, language: lang, centers: centers,
                                          previousReport: reports.first { $0.year == reportYear - 1 })
        let files = perCenter ? template.perCenterFiles(format: fileFormat) : template.files(format: fileFormat)
        let written = try folder.write(files)

        print(lang.pick("已生成 \(chosen.name) 的 \(reportYear) 年度数据填报模板 \(out)（\(template.reportColumns.count) 列\(centers.isEmpty ? "" : "，\(centers.count) 个中心")）：",
                        "Wrote the \(reportYear) data-collection template of \(chosen.name) to \(out) (\(template.reportColumns.count) columns\(centers.isEmpty ? "" : ", \(centers.count) centers")):"))
        for file in files.prefix(12) {
            print("  \(file.name)  \(file.bytes.count) " + lang.pick("字节", "bytes"))
        }
        if files.count > 12 { print(lang.pick("  …另有 \(files.count - 12) 个文件", "  … and \(files.count - 12) more files")) }
        print(CollectionTemplateText(language: lang).deadline(ReportingRule.ofPreset(named: chosen.name), year: reportYear))
        if !written.kept.isEmpty {
            print(lang.pick("保留了 template 不写入的文件：", "Kept the files template does not write: ") + written.kept.joined(separator: ", "))
        }
    }
}
