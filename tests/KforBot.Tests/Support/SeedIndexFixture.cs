namespace KforBot.Tests.Support;

/// <summary>The seed corpus indexed once into a temp folder, shared by the tests of a class.</summary>
public sealed class SeedIndexFixture() : CorpusIndexFixture(_ => RepositoryPaths.Corpus);
