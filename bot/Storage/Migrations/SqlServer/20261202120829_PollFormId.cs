using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PollFormId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormId",
                table: "MeetingPolls",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPolls_FormId",
                table: "MeetingPolls",
                column: "FormId",
                unique: true,
                filter: "[FormId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeetingPolls_FormId",
                table: "MeetingPolls");

            migrationBuilder.DropColumn(
                name: "FormId",
                table: "MeetingPolls");
        }
    }
}
