using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Newsletter: issues, news items, and members' consent history (newsletter and reminders).</summary>
public partial class BotDbContext
{
    public DbSet<NewsletterIssue> NewsletterIssues => Set<NewsletterIssue>();

    public DbSet<NewsItem> NewsItems => Set<NewsItem>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
}
