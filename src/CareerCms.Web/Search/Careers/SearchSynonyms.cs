using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Web.Search.Careers;

/// <summary>Builds the synonym set: the configured groups plus, per published skill, its name and its synonym tags.</summary>
internal static class SearchSynonyms
{
    public static SynonymSet Build(IndexSearcher searcher, CareerSearchOptions options)
    {
        var groups = options.Synonyms.Select(pair => pair.Value.Prepend(pair.Key)).ToList();
        if (options.UseSkillSynonyms)
        {
            var skills = searcher.Search(new TermQuery(new Term("__NodeTypeAlias", CareerContentTypes.Skill)), Math.Max(1, searcher.IndexReader.MaxDoc));
            var fields = new HashSet<string> { ContentIndexFieldNames.NodeName, CareerContentTypes.Synonyms };
            foreach (var hit in skills.ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc, fields);
                var tags = document.GetValues(CareerContentTypes.Synonyms);
                if (tags.Length > 0 && document.Get(ContentIndexFieldNames.NodeName) is { } name)
                {
                    groups.Add(tags.Prepend(name));
                }
            }
        }

        return SynonymSet.Build(groups);
    }
}
