using System.Text.Json.Nodes;
using ClustER.Bot.Localization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// Writes reminders and change notices for one member at send time, and refuses (null) a reminder that
/// should no longer go: the subject moved (the occurrence names the old time), was cancelled or has begun,
/// or the member muted the kind or cancelled the item since the sweep planned it.
/// </summary>
internal sealed class ReminderComposer(IDbContextFactory<BotDbContext> contexts, IOptions<ReminderOptions> options, TimeProvider time) : IReminderComposer
{
    public async Task<OutboundMessage?> ComposeReminderAsync(string subjectKey, string occurrence, int personId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        ReminderSubject? subject = await db.ReminderSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Key == subjectKey, cancellationToken);
        Person? person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (subject is null || person is null || subject.IsCancelled || now >= subject.DueAt
            || !ReminderOccurrence.TryParse(occurrence, out ReminderOccurrence planned) || planned.DueAt != subject.DueAt
            || await StoppedAsync(db, subject, personId, cancellationToken))
        {
            return null;
        }

        string lang = Languages.FromLocale(person.PreferredLanguage) ?? Languages.Default;
        string zone = person.TimeZone ?? options.Value.DefaultTimeZone;
        var t = RemindersTexts.Texts;
        string title = lang == Languages.English ? subject.TitleEn : subject.TitleIt;
        string when = ReminderTime.When(subject.DueAt, zone, lang);
        string relative = ReminderTime.Relative(subject.DueAt - now, lang);
        string text = t.Get($"Reminder.Text.{subject.Kind}", lang, title, when, relative);
        JsonNode card = CardTemplates.Render(CardNames.Reminder, new Dictionary<string, object?>
        {
            ["heading"] = t.Get($"Reminder.Heading.{subject.Kind}", lang),
            ["title"] = title,
            ["text"] = t.Get($"Reminder.Lead.{subject.Kind}", lang, relative),
            ["whenLabel"] = t.Get("Reminder.WhenLabel", lang),
            ["when"] = when,
            ["locationLabel"] = t.Get("Reminder.LocationLabel", lang),
            ["location"] = subject.Location,
            ["footer"] = t.Get("Reminder.Footer", lang),
            ["listButton"] = t.Get("Button.MyReminders", lang),
            ["cancelButton"] = t.Get("Button.StopThis", lang),
            ["muteButton"] = t.Get($"Button.Mute.{subject.Kind}", lang),
            ["itemKey"] = subject.ItemKey,
            ["kind"] = subject.Kind.ToString(),
        });
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    public async Task<OutboundMessage?> ComposeNoticeAsync(SubjectNotice notice, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        ReminderSubject? subject = await db.ReminderSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Key == notice.SubjectKey, cancellationToken);
        Person? person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (subject is null || person is null || await StoppedAsync(db, subject, personId, cancellationToken))
        {
            return null;
        }

        string lang = Languages.FromLocale(person.PreferredLanguage) ?? Languages.Default;
        string zone = person.TimeZone ?? options.Value.DefaultTimeZone;
        string title = lang == Languages.English ? subject.TitleEn : subject.TitleIt;
        string text = notice.Change == SubjectChange.Moved
            ? RemindersTexts.Texts.Get("Notice.Moved", lang, title, ReminderTime.When(subject.DueAt, zone, lang), ReminderTime.Relative(subject.DueAt - now, lang))
            : RemindersTexts.Texts.Get("Notice.Cancelled", lang, title, ReminderTime.When(subject.DueAt, zone, lang));
        return new OutboundMessage(text, null, Languages.Locale(lang));
    }

    private static async Task<bool> StoppedAsync(BotDbContext db, ReminderSubject subject, int personId, CancellationToken ct) =>
        await db.ReminderOptOuts.AnyAsync(o => o.PersonId == personId && o.ItemKey == subject.ItemKey, ct)
        || await db.ReminderPreferences.AnyAsync(p => p.PersonId == personId && p.Kind == subject.Kind && p.IsMuted, ct);
}
