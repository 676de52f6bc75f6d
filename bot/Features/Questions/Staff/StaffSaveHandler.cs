using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>Saves the staff's call or event form after the import's validation; the item is live at once.</summary>
internal sealed class StaffSaveHandler(KnowledgeEditor editor) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        MemberContext member = context.Member();
        if (!member.IsStaff || context.CardAction is not { } action)
        {
            await context.AcknowledgeCardActionAsync(QaTexts.Texts.Get("Staff.OnlyStaff", lang), cancellationToken);
            return;
        }

        IReadOnlyList<KnowledgeValidationError> errors;
        string? saved = null;
        if (action.Verb == CardVerbs.QaSaveCall)
        {
            (KnowledgeCall? call, errors) = KnowledgeForms.ReadCall(action.Data);
            if (call is not null)
            {
                await editor.SaveCallAsync(call, member.PersonId, cancellationToken);
                saved = $"{call.Title} ({call.Id})";
            }
        }
        else
        {
            (KnowledgeEvent? ev, errors) = KnowledgeForms.ReadEvent(action.Data);
            if (ev is not null)
            {
                await editor.SaveEventAsync(ev, member.PersonId, cancellationToken);
                saved = $"{ev.Title} ({ev.Id})";
            }
        }

        string reply = saved is not null
            ? QaTexts.Texts.Get("Form.Saved", lang, saved, QaTexts.Texts.Get(action.Verb == CardVerbs.QaSaveCall ? "Kind.call" : "Kind.event", lang))
            : QaTexts.Texts.Get("Form.Invalid", lang, string.Join("; ", errors.Select(e => e.Field.Length > 0 ? $"{e.Field}: {e.Message}" : e.Message)));
        await context.AcknowledgeCardActionAsync(reply, cancellationToken);
    }
}
