using System.Text;
using ClustER.Bot.Features.Questions.Answers;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>Staff: "open questions" / "domande aperte": the members' questions still waiting for an answer.</summary>
internal sealed class OpenQuestionsHandler(StaffDesk desk) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        List<(StaffQuestion Question, string Name)> open = await desk.OpenAsync(cancellationToken);
        if (open.Count == 0)
        {
            await context.SendTextAsync(QaTexts.Texts.Get("Staff.OpenNone", lang), cancellationToken);
            return;
        }

        var text = new StringBuilder(QaTexts.Texts.Get("Staff.OpenHeading", lang, open.Count));
        foreach ((StaffQuestion q, string name) in open)
        {
            text.Append("\n- ").Append(QaTexts.Texts.Get("Staff.OpenLine", lang, q.Id, name, ItemPresenter.Instant(q.AskedAt, lang), q.Text));
        }

        text.Append("\n\n").Append(QaTexts.Texts.Get("Staff.OpenFooter", lang));
        await context.SendTextAsync(text.ToString(), cancellationToken);
    }
}
