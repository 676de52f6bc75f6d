using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>The lowercase names of <see cref="KnowledgeKind"/> used in card data, links and commands.</summary>
public static class KindNames
{
    public const string Call = "call";
    public const string Event = "event";
    public const string Faq = "faq";

    public static string Of(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Call => Call,
        KnowledgeKind.Event => Event,
        _ => Faq,
    };

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static KnowledgeKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Call => KnowledgeKind.Call,
        Event => KnowledgeKind.Event,
        Faq => KnowledgeKind.Faq,
        _ => null,
    };
}
