using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConfidentialCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conf_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CoordinatorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conf_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchiveUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DestroyBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SealedRecord = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_cases_conf_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "conf_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conf_charter_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    ArchiveYears = table.Column<int>(type: "INTEGER", nullable: false),
                    NotesAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_charter_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_charter_versions_conf_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "conf_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conf_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DesignatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DesignatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_members_conf_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "conf_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conf_access_reasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    SealedReason = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_access_reasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_access_reasons_conf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conf_case_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SealedContent = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_case_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_case_entries_conf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conf_disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    SealedContent = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_disclosures_conf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conf_charter_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conf_charter_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conf_charter_signatures_conf_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "conf_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conf_access_reasons_CaseId",
                table: "conf_access_reasons",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conf_case_entries_CaseId_CreatedAt",
                table: "conf_case_entries",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_conf_cases_ArchiveUntil",
                table: "conf_cases",
                column: "ArchiveUntil");

            migrationBuilder.CreateIndex(
                name: "IX_conf_cases_DestroyBy",
                table: "conf_cases",
                column: "DestroyBy");

            migrationBuilder.CreateIndex(
                name: "IX_conf_cases_GroupId_Reference",
                table: "conf_cases",
                columns: new[] { "GroupId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conf_cases_GroupId_Status",
                table: "conf_cases",
                columns: new[] { "GroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_conf_charter_signatures_GroupId",
                table: "conf_charter_signatures",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_conf_charter_signatures_MemberId_VersionNumber",
                table: "conf_charter_signatures",
                columns: new[] { "MemberId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conf_charter_versions_GroupId_Number",
                table: "conf_charter_versions",
                columns: new[] { "GroupId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conf_disclosures_CaseId",
                table: "conf_disclosures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conf_disclosures_ToUserId",
                table: "conf_disclosures",
                column: "ToUserId");

            migrationBuilder.CreateIndex(
                name: "IX_conf_groups_PartnershipId_Channel_Status",
                table: "conf_groups",
                columns: new[] { "PartnershipId", "Channel", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_conf_members_GroupId_UserId",
                table: "conf_members",
                columns: new[] { "GroupId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_conf_members_UserId",
                table: "conf_members",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conf_access_reasons");

            migrationBuilder.DropTable(
                name: "conf_case_entries");

            migrationBuilder.DropTable(
                name: "conf_charter_signatures");

            migrationBuilder.DropTable(
                name: "conf_charter_versions");

            migrationBuilder.DropTable(
                name: "conf_disclosures");

            migrationBuilder.DropTable(
                name: "conf_members");

            migrationBuilder.DropTable(
                name: "conf_cases");

            migrationBuilder.DropTable(
                name: "conf_groups");
        }
    }
}
