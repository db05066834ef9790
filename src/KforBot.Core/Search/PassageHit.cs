namespace KforBot.Search;

/// <summary>A passage found for a question: its ordinal in the index build and the engine's score for it.</summary>
public readonly record struct PassageHit(int Ordinal, float Score);
