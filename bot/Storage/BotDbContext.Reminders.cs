using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Reminders: the subjects the sweep tracks and each member's choices.</summary>
public partial class BotDbContext
{
    public DbSet<ReminderSubject> ReminderSubjects => Set<ReminderSubject>();

    public DbSet<ReminderPreference> ReminderPreferences => Set<ReminderPreference>();

    public DbSet<ReminderOptOut> ReminderOptOuts => Set<ReminderOptOut>();

    public DbSet<ReminderSubscription> ReminderSubscriptions => Set<ReminderSubscription>();
}
