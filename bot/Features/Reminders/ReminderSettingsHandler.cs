using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Cards;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// A member's reminder choices, by message or card: stop one item, mute or unmute a kind, change the
/// offsets of a kind (one by message, or all from the list's form).
/// </summary>
internal sealed class ReminderSettingsHandler(MemberReminders reminders, MyRemindersHandler list, BotDbContext db) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = RemindersTexts.Texts;
        switch (context.CardAction?.Verb)
        {
            case CardVerbs.CancelReminder:
                string itemKey = context.CardAction.GetString("itemKey") ?? string.Empty;
                var subject = await db.ReminderSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.ItemKey == itemKey, cancellationToken);
                if (subject is null)
                {
                    await context.SendTextAsync(t.Get("Cancel.Unknown", lang), cancellationToken);
                    return;
                }

                await reminders.StopAsync(member.PersonId, itemKey, cancellationToken);
                await context.SendTextAsync(t.Get("Cancel.Done", lang, lang == "en" ? subject.TitleEn : subject.TitleIt), cancellationToken);
                return;
            case CardVerbs.MuteReminderKind:
                bool muted = !string.Equals(context.CardAction.GetString("muted"), "false", StringComparison.OrdinalIgnoreCase);
                await MuteAsync(context, member, Enum.TryParse(context.CardAction.GetString("kind"), out ReminderKind k) ? k : null, muted, cancellationToken);
                return;
            case CardVerbs.SetReminderOffsets:
                await SaveFormAsync(context, member, cancellationToken);
                return;
        }

        if (context.RouteMatch?.Groups["offsets"] is { Success: true } offsetsGroup)
        {
            ReminderKind? kind = RemindersPatterns.KindIn(context.RouteMatch.Groups["kind"].Value);
            if (kind is null)
            {
                await context.SendTextAsync(t.Get("Mute.UnknownKind", lang), cancellationToken);
            }
            else if (!ReminderOffsets.TryParse(offsetsGroup.Value, out IReadOnlyList<TimeSpan> offsets))
            {
                await context.SendTextAsync(t.Get("Offsets.Invalid", lang, offsetsGroup.Value), cancellationToken);
            }
            else
            {
                await reminders.SetOffsetsAsync(member.PersonId, kind.Value, offsets, cancellationToken);
                await context.SendTextAsync(t.Get("Offsets.Saved", lang, t.Get($"Kind.{kind}", lang), ReminderTime.Offsets(offsets, lang)), cancellationToken);
            }

            return;
        }

        if (context.RouteMatch?.Groups["verb"] is { Success: true } verb)
        {
            await MuteAsync(context, member, RemindersPatterns.KindIn(context.RouteMatch.Groups["kind"].Value), !RemindersPatterns.IsUnmute(verb.Value), cancellationToken);
        }
    }

    private async Task MuteAsync(TurnContext context, MemberContext member, ReminderKind? kind, bool muted, CancellationToken ct)
    {
        string lang = member.Language;
        var t = RemindersTexts.Texts;
        if (kind is null)
        {
            await context.SendTextAsync(t.Get("Mute.UnknownKind", lang), ct);
            return;
        }

        await reminders.SetMutedAsync(member.PersonId, kind.Value, muted, ct);
        await context.SendTextAsync(t.Get(muted ? "Mute.Done" : "Unmute.Done", lang, t.Get($"Kind.{kind}", lang)), ct);
    }

    private async Task SaveFormAsync(TurnContext context, MemberContext member, CancellationToken ct)
    {
        string lang = member.Language;
        CardAction action = context.CardAction!;
        // Validate every field before saving any, so a typo in one leaves all as they were.
        var changes = new List<(ReminderKind Kind, IReadOnlyList<TimeSpan>? Offsets, bool Muted)>();
        foreach (ReminderKind kind in Enum.GetValues<ReminderKind>())
        {
            string? text = action.GetString($"offsets.{kind}");
            IReadOnlyList<TimeSpan>? offsets = null;
            if (!string.IsNullOrWhiteSpace(text) && !ReminderOffsets.TryParse(text, out offsets))
            {
                await context.SendTextAsync(RemindersTexts.Texts.Get("Offsets.Invalid", lang, text), ct);
                return;
            }

            changes.Add((kind, offsets, string.Equals(action.GetString($"muted.{kind}"), "true", StringComparison.OrdinalIgnoreCase)));
        }

        foreach ((ReminderKind kind, IReadOnlyList<TimeSpan>? offsets, bool muted) in changes)
        {
            await reminders.SetOffsetsAsync(member.PersonId, kind, offsets, ct);
            await reminders.SetMutedAsync(member.PersonId, kind, muted, ct);
        }

        (var card, string text2) = await list.RenderAsync(member, ct);
        await context.ReplaceCardAsync(card, text2, ct);
        if (!context.CardAction!.IsInvoke)
        {
            await context.SendTextAsync(RemindersTexts.Texts.Get("Settings.Saved", lang), ct);
        }
    }
}
