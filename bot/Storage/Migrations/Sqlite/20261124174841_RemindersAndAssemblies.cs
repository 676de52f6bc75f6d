using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemindersAndAssemblies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingResponses",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    ProxyOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingResponses", x => new { x.MeetingId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstCallAt = table.Column<string>(type: "TEXT", nullable: false),
                    SecondCallAt = table.Column<string>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NoticeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsUrgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ConvenedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConvenedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingStaffCards",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingStaffCards", x => new { x.MeetingId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "ReminderOptOuts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderOptOuts", x => new { x.PersonId, x.ItemKey });
                });

            migrationBuilder.CreateTable(
                name: "ReminderPreferences",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMuted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Offsets = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderPreferences", x => new { x.PersonId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "ReminderSubjects",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleIt = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DueAt = table.Column<string>(type: "TEXT", nullable: false),
                    ScheduleFrom = table.Column<string>(type: "TEXT", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    Priorities = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotifiesChangesItself = table.Column<bool>(type: "INTEGER", nullable: false),
                    PendingNotice = table.Column<int>(type: "INTEGER", nullable: true),
                    PendingNoticeOccurrence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FirstSeenAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSubjects", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ReminderSubscriptions",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSubscriptions", x => new { x.PersonId, x.ItemKey });
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsExtraordinary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId",
                table: "MeetingAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingResponses_MeetingId_ProxyOrganisationId",
                table: "MeetingResponses",
                columns: new[] { "MeetingId", "ProxyOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Uid",
                table: "Meetings",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubjects_DueAt",
                table: "ReminderSubjects",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubjects_ItemKey",
                table: "ReminderSubjects",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubscriptions_ItemKey",
                table: "ReminderSubscriptions",
                column: "ItemKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingResponses");

            migrationBuilder.DropTable(
                name: "MeetingStaffCards");

            migrationBuilder.DropTable(
                name: "ReminderOptOuts");

            migrationBuilder.DropTable(
                name: "ReminderPreferences");

            migrationBuilder.DropTable(
                name: "ReminderSubjects");

            migrationBuilder.DropTable(
                name: "ReminderSubscriptions");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
