using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Model;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>The knowledge members ask about, their subscriptions and the questions handed to staff.</summary>
public partial class BotDbContext
{
    public DbSet<KnowledgeCall> KnowledgeCalls => Set<KnowledgeCall>();

    public DbSet<KnowledgeEvent> KnowledgeEvents => Set<KnowledgeEvent>();

    public DbSet<KnowledgeFaq> KnowledgeFaqs => Set<KnowledgeFaq>();

    public DbSet<KnowledgeRevision> KnowledgeRevisions => Set<KnowledgeRevision>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<StaffQuestion> StaffQuestions => Set<StaffQuestion>();
}
