/// Versions of what the pipeline produces, for stores that keep its output between runs.
/// Bump one whenever a change makes that stage give different output for the same input:
/// a persisted index then re-reads every file (ingest) or re-tags the corpus (tagging)
/// instead of serving what the older code produced.
public enum PipelineVersion {
    /// Decoding, repair, reflow, chrome, titles, sources, repeats: `ArticleParser`'s output.
    public static let ingest = 2
    /// Catalog merging, discovery, alias matching, short names, figures: `Tagger`'s output.
    public static let tagging = 5
}
