using System.Text.Json.Nodes;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// "ricordami X" / "remind me about X": finds the upcoming call, event or meeting and follows it; when
/// several match, offers them as buttons.
/// </summary>
internal sealed class RemindMeHandler(IEnumerable<IReminderSubjectSource> sources, MemberReminders reminders, TimeProvider time) : ITurnHandler
{
    private const int MaxChoices = 5;

    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = RemindersTexts.Texts;
        DateTimeOffset now = time.GetUtcNow();
        if (context.CardAction?.GetString("subjectKey") is { Length: > 0 } subjectKey)
        {
            IReminderSubjectSource? source = sources.FirstOrDefault(s => subjectKey.StartsWith(s.Name + ":", StringComparison.Ordinal));
            IReadOnlyList<ReminderSubjectInfo> matches = source is null ? [] : await source.FindAsync([subjectKey], cancellationToken);
            ReminderSubjectInfo? chosen = matches.Count > 0 ? matches[0] : null;
            if (chosen is null || chosen.IsCancelled || chosen.DueAt <= now)
            {
                await context.SendTextAsync(t.Get("Cancel.Unknown", lang), cancellationToken);
                return;
            }

            await FollowAsync(context, member, chosen, cancellationToken);
            return;
        }

        string what = context.RouteMatch?.Groups["what"].Value ?? string.Empty;
        var found = new List<ReminderSubjectInfo>();
        foreach (IReminderSubjectSource source in sources)
        {
            found.AddRange(await source.SearchAsync(what, now, cancellationToken));
        }

        // An event and its registration deadline are one item to follow: offer the item once.
        List<ReminderSubjectInfo> items = [.. found.Where(s => !s.IsCancelled).OrderBy(s => s.DueAt).DistinctBy(s => s.ItemKey).Take(MaxChoices)];
        switch (items.Count)
        {
            case 0:
                await context.SendTextAsync(t.Get("RemindMe.NotFound", lang, what), cancellationToken);
                break;
            case 1:
                await FollowAsync(context, member, items[0], cancellationToken);
                break;
            default:
                JsonArray choices = [.. items.Select(i => CardTemplates.Render(CardNames.ReminderChoice, new Dictionary<string, object?>
                {
                    ["title"] = i.Title(lang),
                    ["details"] = ReminderTime.When(i.DueAt, member.TimeZoneId, lang),
                    ["button"] = t.Get("Button.RemindMe", lang),
                    ["subjectKey"] = i.Key,
                }))];
                JsonNode card = CardTemplates.Render(CardNames.ReminderChoices, new Dictionary<string, object?>
                {
                    ["title"] = t.Get("RemindMe.Choose", lang, what),
                    ["choices"] = choices,
                });
                string text = t.Get("RemindMe.Choose", lang, what) + string.Concat(items.Select(i => $"\n- {i.Title(lang)}"));
                await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
                break;
        }
    }

    private async Task FollowAsync(TurnContext context, MemberContext member, ReminderSubjectInfo item, CancellationToken ct)
    {
        string lang = member.Language;
        bool wasMuted = (await reminders.FollowAsync(member.PersonId, item.ItemKey, item.Kind, ct)).WasMuted;
        var preferences = await reminders.PreferencesAsync(member.PersonId, ct);
        preferences.TryGetValue(item.Kind, out var preference);
        string text = RemindersTexts.Texts.Get("RemindMe.Done", lang, item.Title(lang), ReminderTime.When(item.DueAt, member.TimeZoneId, lang),
            ReminderTime.Offsets(reminders.OffsetsFor(item.Kind, preference), lang));
        if (wasMuted)
        {
            text += " " + RemindersTexts.Texts.Get("RemindMe.Unmuted", lang);
        }

        await context.SendTextAsync(text, ct);
    }
}
