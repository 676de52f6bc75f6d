using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Cards;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// "dimenticami" / "forget me" (and, for staff, "cancella dati di …"): a confirmation card first, because erasure
/// cannot be undone; the erasure only on its Confirm button, for the person the card was made for.
/// </summary>
internal sealed class ForgetMeHandler(PersonalDataErasure erasure, StaffOnly<PrivacyFeature> staffOnly, PrivacyPeople people, BotDbContext db) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.CardAction is { } action)
        {
            await AnswerCardAsync(context, action, cancellationToken);
            return;
        }

        if (await PrivacyPeople.RefuseInGroupAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        if (context.RouteMatch?.Groups["email"] is not { Success: true } email)
        {
            await SendConfirmationAsync(context, member.PersonId, PrivacyTexts.Texts.Get("Forget.Title", member.Language), forStaff: false, cancellationToken);
            return;
        }

        if (!await staffOnly.AllowAsync(context, "erase", cancellationToken))
        {
            return;
        }

        IReadOnlyList<(int Id, string Name)> found = await people.FindByEmailAsync(email.Value, cancellationToken);
        if (found.Count == 0)
        {
            await context.SendTextAsync(PrivacyTexts.Texts.Get("Staff.NoSuchEmail", member.Language, email.Value), cancellationToken);
            return;
        }

        foreach ((int id, string name) in found)
        {
            await SendConfirmationAsync(context, id, PrivacyTexts.Texts.Get("Forget.StaffTitle", member.Language, name, email.Value), forStaff: true, cancellationToken);
        }
    }

    private static async Task SendConfirmationAsync(TurnContext context, int personId, string title, bool forStaff, CancellationToken ct)
    {
        string lang = context.Member().Language;
        var t = PrivacyTexts.Texts;
        JsonNode card = CardTemplates.Render(CardNames.PrivacyForgetConfirm, new Dictionary<string, object?>
        {
            ["title"] = title,
            ["erased"] = t.Get(forStaff ? "Forget.Erased.Staff" : "Forget.Erased", lang),
            ["kept"] = t.Get("Forget.Kept", lang),
            ["warning"] = t.Get("Forget.Warning", lang),
            ["confirmButton"] = t.Get("Forget.Confirm", lang),
            ["cancelButton"] = t.Get("Forget.Cancel", lang),
            ["personId"] = personId.ToString(CultureInfo.InvariantCulture),
        });
        await context.SendAsync(ActivityFactory.Card(card, t.Get("Forget.Fallback", lang), context.ReplyLocale), ct);
    }

    private async Task AnswerCardAsync(TurnContext context, CardAction action, CancellationToken ct)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = PrivacyTexts.Texts;
        int target = action.GetInt32("personId") ?? 0;
        bool self = target == member.PersonId;
        if (!self && !member.IsStaff)
        {
            // The member's own card after their erasure: this turn already comes from a new, unknown person.
            bool erased = await db.People.AnyAsync(p => p.Id == target && p.ErasedAt != null, ct);
            if (erased)
            {
                await ReplaceAsync(context, t.Get("Forget.DoneTitle", lang), t.Get("Forget.AlreadyErased", lang), ct);
                return;
            }

            await staffOnly.AllowAsync(context, "erase", ct);
            return;
        }

        if (action.Verb == CardVerbs.PrivacyForgetCancel)
        {
            await ReplaceAsync(context, t.Get("Forget.CancelledTitle", lang), t.Get("Forget.Cancelled", lang), ct);
            return;
        }

        ErasureOutcome outcome = await erasure.EraseAsync(target, self ? null : member.PersonId, ct);
        string text = outcome switch
        {
            ErasureOutcome.Erased when self => t.Get("Forget.Done", lang),
            ErasureOutcome.Erased => t.Get("Forget.DoneStaff", lang, target),
            ErasureOutcome.AlreadyErased => t.Get("Forget.AlreadyErased", lang),
            _ => t.Get("Forget.Unknown", lang),
        };
        await ReplaceAsync(context, t.Get("Forget.DoneTitle", lang), text, ct);
    }

    private static Task ReplaceAsync(TurnContext context, string title, string text, CancellationToken ct) =>
        context.ReplaceCardAsync(CardTemplates.Render(CardNames.PrivacyNotice, new Dictionary<string, object?>
        {
            ["title"] = title,
            ["text"] = text,
        }), text, ct);
}
