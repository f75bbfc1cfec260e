import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditForReportHandler, auditListHandler } from "./procedures/audit/list.handler";
import { AuditForReportInput, AuditListInput } from "./procedures/audit/list.schema";
import { changePasswordHandler } from "./procedures/auth/change-password.handler";
import { ChangePasswordInput } from "./procedures/auth/change-password.schema";
import { endOtherSessionsHandler } from "./procedures/auth/end-other-sessions.handler";
import { loginHandler } from "./procedures/auth/login.handler";
import { LoginInput } from "./procedures/auth/login.schema";
import { logoutHandler } from "./procedures/auth/logout.handler";
import { meHandler } from "./procedures/auth/me.handler";
import { acknowledgeHandler } from "./procedures/checks/acknowledge.handler";
import { AcknowledgeInput } from "./procedures/checks/acknowledge.schema";
import { runChecksHandler } from "./procedures/checks/run.handler";
import { addCommentHandler } from "./procedures/comments/add.handler";
import { AddCommentInput } from "./procedures/comments/add.schema";
import { listCommentsHandler } from "./procedures/comments/list.handler";
import { replyHandler } from "./procedures/comments/reply.handler";
import { ReplyInput } from "./procedures/comments/reply.schema";
import { resolveHandler } from "./procedures/comments/resolve.handler";
import { ResolveInput } from "./procedures/comments/resolve.schema";
import { Empty, ReportRef } from "./procedures/common.schema";
import { createImportHandler } from "./procedures/imports/create.handler";
import { CreateImportInput } from "./procedures/imports/create.schema";
import { getImportHandler } from "./procedures/imports/get.handler";
import { GetImportInput } from "./procedures/imports/get.schema";
import { addIndicatorHandler } from "./procedures/indicators/add.handler";
import { AddIndicatorInput } from "./procedures/indicators/add.schema";
import { confirmIndicatorsHandler } from "./procedures/indicators/confirm.handler";
import { ConfirmIndicatorsInput } from "./procedures/indicators/confirm.schema";
import { deleteIndicatorHandler } from "./procedures/indicators/delete.handler";
import { DeleteIndicatorInput } from "./procedures/indicators/delete.schema";
import { editIndicatorHandler } from "./procedures/indicators/edit.handler";
import { EditIndicatorInput } from "./procedures/indicators/edit.schema";
import { createPlaceHandler } from "./procedures/places/create.handler";
import { CreatePlaceInput } from "./procedures/places/create.schema";
import { listPlacesHandler } from "./procedures/places/list.handler";
import { updatePlaceHandler } from "./procedures/places/update.handler";
import { UpdatePlaceInput } from "./procedures/places/update.schema";
import { comparisonHandler } from "./procedures/public/comparison.handler";
import { ComparisonInput } from "./procedures/public/comparison.schema";
import { directoryHandler } from "./procedures/public/directory.handler";
import { DirectoryInput } from "./procedures/public/directory.schema";
import { indicatorHandler } from "./procedures/public/indicator.handler";
import { IndicatorInput } from "./procedures/public/indicator.schema";
import { indicatorsHandler } from "./procedures/public/indicators.handler";
import { IndicatorsInput } from "./procedures/public/indicators.schema";
import { latestHandler } from "./procedures/public/latest.handler";
import { LatestInput } from "./procedures/public/latest.schema";
import { promisesHandler } from "./procedures/public/promises.handler";
import { PromisesInput } from "./procedures/public/promises.schema";
import { reportHandler } from "./procedures/public/report.handler";
import { ReportInput } from "./procedures/public/report.schema";
import { reportsHandler } from "./procedures/public/reports.handler";
import { ReportsInput } from "./procedures/public/reports.schema";
import { searchHandler } from "./procedures/public/search.handler";
import { SearchInput } from "./procedures/public/search.schema";
import { seriesHandler } from "./procedures/public/series.handler";
import { SeriesInput } from "./procedures/public/series.schema";
import { townshipHandler } from "./procedures/public/township.handler";
import { TownshipInput } from "./procedures/public/township.schema";
import { createHandler } from "./procedures/reports/create.handler";
import { CreateReportInput } from "./procedures/reports/create.schema";
import { createFromImportHandler } from "./procedures/reports/create-from-import.handler";
import { CreateFromImportInput } from "./procedures/reports/create-from-import.schema";
import { getHandler } from "./procedures/reports/get.handler";
import { mineHandler } from "./procedures/reports/mine.handler";
import { MineInput } from "./procedures/reports/mine.schema";
import { updateMetaHandler } from "./procedures/reports/update-meta.handler";
import { UpdateMetaInput } from "./procedures/reports/update-meta.schema";
import { addSectionHandler } from "./procedures/sections/add.handler";
import { AddSectionInput } from "./procedures/sections/add.schema";
import { deleteSectionHandler } from "./procedures/sections/delete.handler";
import { DeleteSectionInput } from "./procedures/sections/delete.schema";
import { editSectionHandler } from "./procedures/sections/edit.handler";
import { EditSectionInput } from "./procedures/sections/edit.schema";
import { mergeSectionHandler } from "./procedures/sections/merge.handler";
import { MergeSectionInput } from "./procedures/sections/merge.schema";
import { moveSectionHandler } from "./procedures/sections/move.handler";
import { MoveSectionInput } from "./procedures/sections/move.schema";
import { splitSectionHandler } from "./procedures/sections/split.handler";
import { SplitSectionInput } from "./procedures/sections/split.schema";
import { createUserHandler } from "./procedures/users/create.handler";
import { CreateUserInput } from "./procedures/users/create.schema";
import { listUsersHandler } from "./procedures/users/list.handler";
import { resetPasswordHandler } from "./procedures/users/reset-password.handler";
import { ResetPasswordInput } from "./procedures/users/reset-password.schema";
import { setGrantsHandler } from "./procedures/users/set-grants.handler";
import { SetGrantsInput } from "./procedures/users/set-grants.schema";
import { updateUserHandler } from "./procedures/users/update.handler";
import { UpdateUserInput } from "./procedures/users/update.schema";
import { diffVersionsHandler } from "./procedures/versions/diff.handler";
import { DiffVersionsInput } from "./procedures/versions/diff.schema";
import { getVersionHandler } from "./procedures/versions/get.handler";
import { GetVersionInput } from "./procedures/versions/get.schema";
import { listVersionsHandler } from "./procedures/versions/list.handler";
import { transitionHandler } from "./procedures/workflow/transition.handler";
import { TransitionInput } from "./procedures/workflow/transition.schema";
import { createCallerFactory, mutation, query, router } from "./trpc";

/**
 * Every procedure, each with its access (see `Access` in trpc.ts), its input schema and its handler. The
 * role-matrix test walks this router's own record, so a procedure added here is tested against every role.
 */
export const appRouter = router({
  auth: {
    login: mutation("public", LoginInput, loginHandler),
    logout: mutation("public", Empty, logoutHandler),
    me: query("public", Empty, meHandler),
    changePassword: mutation("signedIn", ChangePasswordInput, changePasswordHandler),
    endOtherSessions: mutation("signedIn", Empty, endOtherSessionsHandler),
  },
  public: {
    directory: query("public", DirectoryInput, directoryHandler),
    township: query("public", TownshipInput, townshipHandler),
    reports: query("public", ReportsInput, reportsHandler),
    report: query("public", ReportInput, reportHandler),
    indicators: query("public", IndicatorsInput, indicatorsHandler),
    indicator: query("public", IndicatorInput, indicatorHandler),
    series: query("public", SeriesInput, seriesHandler),
    comparison: query("public", ComparisonInput, comparisonHandler),
    promises: query("public", PromisesInput, promisesHandler),
    search: query("public", SearchInput, searchHandler),
    latest: query("public", LatestInput, latestHandler),
  },
  places: {
    list: query("signedIn", Empty, listPlacesHandler),
    create: mutation("admin", CreatePlaceInput, createPlaceHandler),
    update: mutation("admin", UpdatePlaceInput, updatePlaceHandler),
  },
  reports: {
    mine: query("signedIn", MineInput, mineHandler),
    get: query("viewerOfReport", ReportRef, getHandler),
    create: mutation("editorOfTownship", CreateReportInput, createHandler),
    createFromImport: mutation("editorOfTownship", CreateFromImportInput, createFromImportHandler),
    updateMeta: mutation("editorOfReport", UpdateMetaInput, updateMetaHandler),
  },
  imports: {
    create: mutation("editor", CreateImportInput, createImportHandler),
    get: query("editor", GetImportInput, getImportHandler),
  },
  sections: {
    add: mutation("editorOfReport", AddSectionInput, addSectionHandler),
    edit: mutation("editorOfReport", EditSectionInput, editSectionHandler),
    move: mutation("editorOfReport", MoveSectionInput, moveSectionHandler),
    delete: mutation("editorOfReport", DeleteSectionInput, deleteSectionHandler),
    split: mutation("editorOfReport", SplitSectionInput, splitSectionHandler),
    merge: mutation("editorOfReport", MergeSectionInput, mergeSectionHandler),
  },
  indicators: {
    add: mutation("editorOfReport", AddIndicatorInput, addIndicatorHandler),
    edit: mutation("editorOfReport", EditIndicatorInput, editIndicatorHandler),
    confirm: mutation("editorOfReport", ConfirmIndicatorsInput, confirmIndicatorsHandler),
    delete: mutation("editorOfReport", DeleteIndicatorInput, deleteIndicatorHandler),
  },
  checks: {
    run: query("viewerOfReport", ReportRef, runChecksHandler),
    acknowledge: mutation("editorOfReport", AcknowledgeInput, acknowledgeHandler),
  },
  workflow: {
    transition: mutation("viewerOfReport", TransitionInput, transitionHandler),
  },
  comments: {
    list: query("viewerOfReport", ReportRef, listCommentsHandler),
    add: mutation("viewerOfReport", AddCommentInput, addCommentHandler),
    reply: mutation("viewerOfReport", ReplyInput, replyHandler),
    resolve: mutation("viewerOfReport", ResolveInput, resolveHandler),
  },
  versions: {
    list: query("viewerOfReport", ReportRef, listVersionsHandler),
    get: query("viewerOfReport", GetVersionInput, getVersionHandler),
    diff: query("viewerOfReport", DiffVersionsInput, diffVersionsHandler),
  },
  users: {
    list: query("admin", Empty, listUsersHandler),
    create: mutation("admin", CreateUserInput, createUserHandler),
    update: mutation("admin", UpdateUserInput, updateUserHandler),
    setGrants: mutation("admin", SetGrantsInput, setGrantsHandler),
    resetPassword: mutation("admin", ResetPasswordInput, resetPasswordHandler),
  },
  audit: {
    list: query("admin", AuditListInput, auditListHandler),
    forReport: query("viewerOfReport", AuditForReportInput, auditForReportHandler),
  },
});

export type AppRouter = typeof appRouter;
/** Inputs of every procedure, for clients: `RouterInputs["sections"]["edit"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, for clients: `RouterOutputs["reports"]["get"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process (tests, scripts) with a context. */
export const createCaller = createCallerFactory(appRouter);
