namespace CareerCms.Web.Corpus;

/// <summary>
/// A generated careers corpus: the "Careers" and "Skills" roots, one skill per ESCO core skill, one career per
/// occupation and 2-3 transition paths into each career, as <see cref="CorpusNode"/>s with values in the
/// starter uSync storage formats. <see cref="Nodes"/> lists parents before children: the two roots, the skills,
/// the careers, then the paths career by career. Build one with <see cref="OccupationCorpusGenerator"/>.
/// </summary>
/// <param name="Nodes">Every document, parents first.</param>
/// <param name="Industries">The industries careers use, in sector order: the items of the corpus's Industry dropdown.</param>
public sealed record OccupationCorpus(IReadOnlyList<CorpusNode> Nodes, IReadOnlyList<string> Industries)
{
    /// <summary>
    /// The credit any product surface showing this corpus must carry (see shared/data/occupations/ATTRIBUTION.md).
    /// The careers root has no property to hold it, so the README and the API show this text.
    /// </summary>
    public const string Attribution =
        "Career data adapted from Nesta's \"Mapping Career Causeways\" project (2020-2021, " +
        "https://github.com/nestauk/mapping-career-causeways, MIT licence). Occupations and skills come from ESCO, " +
        "the European Skills, Competences, Qualifications and Occupations classification of the European Commission " +
        "(© European Union, reused with attribution); parts of the data are linked to O*NET (US Department of Labor, " +
        "Employment and Training Administration, CC BY 4.0) through Nesta's crosswalk. Salaries, growth rates, skill " +
        "levels and transition paths are derived from that data for this corpus and are not official statistics.";

    /// <summary>The corpus "Careers" root.</summary>
    public CorpusNode CareersRoot => Nodes.First(n => n.ContentTypeAlias == CorpusContentTypes.CareersRoot);

    /// <summary>The corpus "Skills" root.</summary>
    public CorpusNode SkillsRoot => Nodes.First(n => n.ContentTypeAlias == CorpusContentTypes.SkillsRoot);

    /// <summary>The skills, in sort order.</summary>
    public IEnumerable<CorpusNode> Skills => OfType(CorpusContentTypes.Skill);

    /// <summary>The careers, in sort order.</summary>
    public IEnumerable<CorpusNode> Careers => OfType(CorpusContentTypes.Career);

    /// <summary>The transition paths, grouped by their (target) career.</summary>
    public IEnumerable<CorpusNode> TransitionPaths => OfType(CorpusContentTypes.TransitionPath);

    /// <summary>The nodes of one document type, in list order.</summary>
    public IEnumerable<CorpusNode> OfType(string contentTypeAlias) => Nodes.Where(n => n.ContentTypeAlias == contentTypeAlias);

    /// <summary>Reads the occupations data (found from the given or default start directories) and generates a corpus.</summary>
    public static OccupationCorpus Generate(OccupationCorpusOptions? options = null, params string?[] startDirectories) =>
        OccupationCorpusGenerator.Generate(OccupationCorpusReader.ReadDefault(startDirectories), options);
}
