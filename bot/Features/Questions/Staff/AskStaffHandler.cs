using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>"Ask the staff" on the nothing-found card: hands the question to the staff.</summary>
internal sealed class AskStaffHandler(StaffDesk desk) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        MemberContext member = context.Member();
        string question = context.CardAction?.GetString("question")?.Trim() ?? string.Empty;
        if (question.Length == 0 || context.Activity.Conversation?.Id is not { } conversationId)
        {
            await context.AcknowledgeCardActionAsync(QaTexts.Texts.Get("Nothing.NotUnderstood", lang), cancellationToken);
            return;
        }

        (StaffQuestion asked, int notified, bool existing) = await desk.AskAsync(member, conversationId, question, lang, cancellationToken);
        string key = existing ? "Staff.AlreadyAsked" : notified > 0 ? "Staff.Asked" : "Staff.AskedNobody";
        await context.AcknowledgeCardActionAsync(QaTexts.Texts.Get(key, lang, asked.Id), cancellationToken);
    }
}
