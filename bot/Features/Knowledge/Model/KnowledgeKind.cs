namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>The three kinds of knowledge item; the lowercase names appear in card data and links.</summary>
public enum KnowledgeKind
{
    Call = 0,
    Event = 1,
    Faq = 2,
}
