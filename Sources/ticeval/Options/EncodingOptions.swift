import ArgumentParser
import TICIngest

/// `--encoding auto|utf8|gb18030`, declared once for every command that reads CSV files.
struct EncodingOptions: ParsableArguments {
    @Option(help: "Text encoding of the CSV files: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto
}
