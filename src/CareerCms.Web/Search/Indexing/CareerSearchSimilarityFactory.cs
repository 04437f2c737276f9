using CareerCms.Web.Search.Careers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Creates committed-generation searchers whose similarity leaves constant-score clauses untouched (no query norm,
/// no coordination factor), so a hit's score is exactly the sum of the tiers its clauses award. Each new
/// generation's segments are warmed (<see cref="CareerSegmentValues"/>) before the searcher is published, so the
/// refresh after a commit pays for reading them, not the first visitor's query.
/// </summary>
internal sealed class CareerSearchSimilarityFactory : SearcherFactory
{
    private static readonly Similarity TierSimilarity = new TierScoreSimilarity();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            CareerSegmentValues.Of(leaf.AtomicReader);
        }

        return new IndexSearcher(reader) { Similarity = TierSimilarity };
    }

    private sealed class TierScoreSimilarity : DefaultSimilarity
    {
        public override float QueryNorm(float sumOfSquaredWeights) => 1f;

        public override float Coord(int overlap, int maxOverlap) => 1f;
    }
}
