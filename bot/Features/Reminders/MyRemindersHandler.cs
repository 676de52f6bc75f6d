using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;
using ClustER.Jobs.Reminders;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// "i miei promemoria" / "my reminders": what the member follows, when the next reminder comes, a button
/// to stop each, and a form to change the offsets and mutes of each kind.
/// </summary>
internal sealed class MyRemindersHandler(MemberReminders reminders, IOptions<ReminderOptions> options, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        (JsonNode card, string text) = await RenderAsync(member, cancellationToken);
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }

    /// <summary>The list card and its plain-text version for <paramref name="member"/>.</summary>
    public async Task<(JsonNode Card, string Text)> RenderAsync(MemberContext member, CancellationToken ct)
    {
        string lang = member.Language;
        var t = RemindersTexts.Texts;
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<FollowedSubject> followed = await reminders.ListAsync(member.PersonId, ct);
        var items = new JsonArray();
        var plain = new StringBuilder();
        foreach (FollowedSubject f in followed)
        {
            string title = lang == "en" ? f.Subject.TitleEn : f.Subject.TitleIt;
            string when = ReminderTime.When(f.Subject.DueAt, member.TimeZoneId, lang);
            string details = f.IsMuted ? t.Get("List.ItemMuted", lang, when, ReminderTime.Relative(f.Subject.DueAt - now, lang))
                : f.NextReminder is { } next
                    ? t.Get("List.ItemNext", lang, when, ReminderTime.Relative(f.Subject.DueAt - now, lang), ReminderTime.When(next, member.TimeZoneId, lang), ReminderTime.Relative(next - now, lang))
                    : t.Get("List.ItemNoNext", lang, when, ReminderTime.Relative(f.Subject.DueAt - now, lang));
            items.Add(CardTemplates.Render(CardNames.ReminderListItem, new Dictionary<string, object?>
            {
                ["title"] = title,
                ["details"] = details,
                ["cancelButton"] = t.Get("Button.StopThis", lang),
                ["itemKey"] = f.Subject.ItemKey,
            }));
            plain.Append("\n- ").Append(title).Append(": ").Append(details);
        }

        var preferences = await reminders.PreferencesAsync(member.PersonId, ct);
        var kinds = new JsonArray();
        foreach (ReminderKind kind in Enum.GetValues<ReminderKind>())
        {
            preferences.TryGetValue(kind, out var preference);
            kinds.Add(CardTemplates.Render(CardNames.ReminderKindSetting, new Dictionary<string, object?>
            {
                ["kind"] = kind.ToString(),
                ["label"] = t.Get("List.OffsetsLabel", lang, Capitalise(t.Get($"Kind.{kind}", lang), lang)),
                ["offsets"] = ReminderOffsets.Format(reminders.OffsetsFor(kind, preference)),
                ["placeholder"] = ReminderOffsets.Format(options.Value.DefaultOffsets(kind)),
                ["muteLabel"] = t.Get("List.MuteLabel", lang, t.Get($"Kind.{kind}", lang)),
                ["muted"] = preference?.IsMuted == true ? "true" : "false",
            }));
        }

        ReminderOptions settings = options.Value;
        JsonNode card = CardTemplates.Render(CardNames.ReminderList, new Dictionary<string, object?>
        {
            ["title"] = t.Get("List.Title", lang),
            ["intro"] = followed.Count == 0 ? t.Get("List.Empty", lang) : t.Get("List.Intro", lang, followed.Count),
            ["items"] = items,
            ["settingsHeading"] = t.Get("List.SettingsHeading", lang),
            ["settingsHelp"] = t.Get("List.SettingsHelp", lang, settings.QuietHoursStart.ToString("HH:mm", CultureInfo.InvariantCulture), settings.QuietHoursEnd.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ["kinds"] = kinds,
            ["saveButton"] = t.Get("Button.Save", lang),
        });
        string text = followed.Count == 0 ? t.Get("List.Empty", lang) : t.Get("List.Fallback", lang, plain.ToString());
        return (card, text);
    }

    private static string Capitalise(string text, string lang) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo(lang)) + text[1..];
}
