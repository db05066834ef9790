using KforBot.Search;

namespace KforBot.Answering.Ranking;

/// <summary>A passage as the hybrid ranking sees it.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">The fused score: words and meaning, normalised over the candidates, mixed (higher is better).</param>
/// <param name="Words">BM25 of the question's words, as a share of the best candidate's (0..1).</param>
/// <param name="Meaning">The cosine between the question's vector and the passage's.</param>
/// <param name="WordRank">Its place in the BM25 ranking (0 is first; <see cref="int.MaxValue"/> when not there).</param>
/// <param name="MeaningRank">Its place in the ranking by meaning (0 is first).</param>
internal sealed record RankedPassage(IndexedPassage Passage, double Score, double Words, float Meaning, int WordRank, int MeaningRank);
