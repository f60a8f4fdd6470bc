import ArgumentParser

/// `--out DIR` and `--no-bom` of the commands that write an output folder.
struct OutputFolderOptions: ParsableArguments {
    @Option(help: "Output folder: new, empty, or one ticeval wrote before (any other folder is refused). Default: the folder named in the description.")
    var out: String?

    @Flag(help: "Write CSV files without the UTF-8 byte-order mark (Excel needs it to read Chinese).")
    var noBom = false

    /// `--out`, else the command's default folder.
    func folder(default path: String) -> String { out ?? path }
}
