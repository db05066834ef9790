using KforBot.Answering;
using KforBot.Corpus;
using KforBot.Search;
using KforBot.Search.Embeddings;
using KforBot.Search.Generations;
using KforBot.Answering.Ranking;
using KforBot.Answering.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KforBot;

/// <summary>Registers the answering pipeline: corpus, index and answerer.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Adds the corpus loader, the index (Lucene and passage vectors, one generation at a time), the embedding model, the question answerer and article search, with their options bound from
    /// the sections <c>Corpus</c>, <c>Index</c> and <c>Answering</c> and validated at start-up.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CorpusLoader>();
        services.TryAddSingleton<IPassageEncoder, ArcticEncoder>();
        services.AddSingleton<IIndexBuilder, GenerationBuilder>();
        services.AddSingleton<IPassageIndex, GenerationIndex>();
        services.AddSingleton<IndexFreshness>();
        services.AddSingleton<AnsweringModels>();
        services.AddSingleton<PassageReader>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<QuestionAnswerer>());
        services.AddSingleton<IArticleSearch, ArticleSearch>();
        services.AddSingleton<ISourceCatalog, SourceCatalog>();
        return services;
    }
}
