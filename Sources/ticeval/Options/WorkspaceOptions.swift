import ArgumentParser
import TICIngest

/// The options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (centers.csv, reports/<year>.csv, …). Default: the bundled sample.")
    var workspace: String?

    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var cycleOptions: CycleOptions

    /// `--encoding`.
    var encoding: EncodingChoice { encodingOptions.encoding }

    /// The years of `--cycle`, if given.
    var cycleRange: ClosedRange<Int>? { cycleOptions.years }

    /// The workspace path: the argument, or the bundled sample.
    func resolvedWorkspace() throws -> String {
        if let workspace { return workspace }
        guard let sample = SampleLocator.locate() else {
            throw ValidationError("no WORKSPACE given and the bundled sample was not found; pass a folder or set TICEVAL_SAMPLE")
        }
        return sample
    }
}
