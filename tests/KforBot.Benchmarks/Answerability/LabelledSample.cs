namespace KforBot.Benchmarks.Answerability;

/// <summary>A feature vector, its label, and the group it belongs to (its question, or its article for the corpus split).</summary>
internal sealed record LabelledSample(double[] Features, bool Label, int Question, string Article);
