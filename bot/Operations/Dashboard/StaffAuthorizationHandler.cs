using System.Security.Claims;
using ClustER.Bot.MemberDirectory.Staff;
using Microsoft.AspNetCore.Authorization;

namespace ClustER.Bot.Operations.Dashboard;

/// <summary>Grants <see cref="StaffRequirement"/> when the user's Entra object id belongs to staff.</summary>
internal sealed class StaffAuthorizationHandler(IStaffDirectory staff, ILogger<StaffAuthorizationHandler> logger)
    : AuthorizationHandler<StaffRequirement>
{
    /// <summary>The object id claim, as Entra sends it and as ASP.NET Core maps it.</summary>
    internal static readonly string[] ObjectIdClaims = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? objectId = ObjectId(context.User);
        if (objectId is null || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (await staff.IsStaffAsync(objectId))
        {
            context.Succeed(requirement);
        }
        else
        {
            Log.DashboardNotStaff(logger, objectId);
        }
    }

    internal static string? ObjectId(ClaimsPrincipal user) =>
        ObjectIdClaims.Select(type => user.FindFirst(type)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
