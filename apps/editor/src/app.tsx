import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Route, Router, Switch } from "wouter";
import { AdminPlacesPage } from "./admin/places-page";
import { AdminUsersPage } from "./admin/users-page";
import { AccountPage } from "./auth/account-page";
import { LoginPage } from "./auth/login-page";
import { DashboardPage } from "./dashboard/dashboard-page";
import { I18nProvider } from "./i18n/i18n";
import { ImportPage } from "./import/import-page";
import { ImportReviewPage } from "./import/import-review-page";
import { NotFound } from "./layout/not-found";
import { Shell } from "./layout/shell";
import { appError } from "./lib/app-error";
import { makeClient, TRPCProvider } from "./lib/trpc";
import { NewReportPage } from "./reports/new-report-page";
import { ReportWorkspace } from "./workspace/report-workspace";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // A refusal will not change by asking again; a network failure might.
        retry: (count, e) => count < 2 && appError(e).code === "NETWORK",
      },
      mutations: { retry: false },
    },
  });
}

/** The editor: providers, then the routes under /editor/. */
export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [client] = useState(makeClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        <I18nProvider>
          <Router base="/editor">
            <Switch>
              <Route path="/login" component={LoginPage} />
              <Route>
                <Shell>
                  <Switch>
                    <Route path="/" component={DashboardPage} />
                    <Route path="/new" component={NewReportPage} />
                    <Route path="/import" component={ImportPage} />
                    <Route path="/import/:importId" component={ImportReviewPage} />
                    <Route path="/reports/:reportId/:tab?" component={ReportWorkspace} />
                    <Route path="/account" component={AccountPage} />
                    <Route path="/admin/users" component={AdminUsersPage} />
                    <Route path="/admin/places" component={AdminPlacesPage} />
                    <Route>
                      <NotFound />
                    </Route>
                  </Switch>
                </Shell>
              </Route>
            </Switch>
          </Router>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
