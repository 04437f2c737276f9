using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Creates committed-generation searchers whose similarity leaves constant-score clauses untouched (no query norm,
/// no coordination factor), so a hit's score is exactly the sum of the tiers its clauses award.
/// </summary>
internal sealed class CareerSearchSimilarityFactory : SearcherFactory
{
    private static readonly Similarity TierSimilarity = new TierScoreSimilarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = TierSimilarity };

    private sealed class TierScoreSimilarity : DefaultSimilarity
    {
        public override float QueryNorm(float sumOfSquaredWeights) => 1f;

        public override float Coord(int overlap, int maxOverlap) => 1f;
    }
}
