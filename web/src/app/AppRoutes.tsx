import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";
import { useCurrentSession } from "../features/session/hooks/session-context";
import { AdjustmentRowPage } from "../pages/AdjustmentRowPage";
import { AdjustmentsDeskPage } from "../pages/AdjustmentsDeskPage";
import { AdjustmentsFeedbackPage } from "../pages/AdjustmentsFeedbackPage";
import { AnnulmentBoardPage } from "../pages/AnnulmentBoardPage";
import { AnnulmentIndicatorPage } from "../pages/AnnulmentIndicatorPage";
import { CampaignIndicatorsPage } from "../pages/CampaignIndicatorsPage";
import { CampaignSupervisionPage } from "../pages/CampaignSupervisionPage";
import { CasePage } from "../pages/CasePage";
import { CasesPage } from "../pages/CasesPage";
import { CatalogsPage } from "../pages/CatalogsPage";
import { CustomerPage } from "../pages/CustomerPage";
import { CustomerSearchPage } from "../pages/CustomerSearchPage";
import { DeadlinesPage } from "../pages/DeadlinesPage";
import { DispositionCatalogPage } from "../pages/DispositionCatalogPage";
import { EscalatedVisitsPage } from "../pages/EscalatedVisitsPage";
import { FollowUpsPage } from "../pages/FollowUpsPage";
import { ImportsPage } from "../pages/ImportsPage";
import { IndicatorPage } from "../pages/IndicatorPage";
import { IndicatorsDashboardPage } from "../pages/IndicatorsDashboardPage";
import { IntegrationsPage } from "../pages/IntegrationsPage";
import { MyAdjustmentsPage } from "../pages/MyAdjustmentsPage";
import { MyMonitoringsPage } from "../pages/MyMonitoringsPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { OutboundDesktopPage } from "../pages/OutboundDesktopPage";
import { OutboundLivePage } from "../pages/OutboundLivePage";
import { PqrCunRangePage } from "../pages/PqrCunRangePage";
import { PqrPage } from "../pages/PqrPage";
import { PqrWorklistPage } from "../pages/PqrWorklistPage";
import { PracticesPage } from "../pages/PracticesPage";
import { QualityPage } from "../pages/QualityPage";
import { RetentionCustomerPage } from "../pages/RetentionCustomerPage";
import { RetentionIndicatorPage } from "../pages/RetentionIndicatorPage";
import { RetentionPage } from "../pages/RetentionPage";
import { ServiceRequestPage } from "../pages/ServiceRequestPage";
import { ServiceRequestsPage } from "../pages/ServiceRequestsPage";
import { StaffingPage } from "../pages/StaffingPage";
import { SupervisorDayPage } from "../pages/SupervisorDayPage";
import { TechnicianPage } from "../pages/TechnicianPage";
import { TokensPage } from "../pages/TokensPage";
import { UsersPage } from "../pages/UsersPage";
import { WorkOrdersBoardPage } from "../pages/WorkOrdersBoardPage";
import { WorkOrdersPrintPage } from "../pages/WorkOrdersPrintPage";
import { landingPath } from "./nav-items";

function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { permissions } = useCurrentSession();
  if (permissions.includes(permission)) return children;
  return (
    <p className="alert alert-error" role="alert">
      {t("errors.forbidden")}
    </p>
  );
}

/** "/" opens where the user's role starts the day (see ROLE_LANDING), else the first section allowed. */
function Home() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const landing = landingPath(session.roles, session.permissions);
  if (landing) return <Navigate to={landing} replace />;
  return <p className="empty">{t("shell.noSections")}</p>;
}

export function AppRoutes() {
  const guarded = (permission: string, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/clientes" element={guarded("customers:read", <CustomerSearchPage />)} />
      <Route path="/clientes/:id" element={guarded("customers:read", <CustomerPage />)} />
      <Route path="/importaciones" element={guarded("imports:read", <ImportsPage />)} />
      <Route path="/usuarios" element={guarded("users:read", <UsersPage />)} />
      <Route path="/tokens" element={guarded("tokens:own", <TokensPage />)} />
      <Route path="/indicadores" element={guarded("reports:read", <IndicatorsDashboardPage />)} />
      <Route path="/indicadores/:code" element={guarded("reports:read", <IndicatorPage />)} />
      <Route path="/dia" element={guarded("outbound:supervise", <SupervisorDayPage />)} />
      <Route path="/calidad" element={guarded("quality:monitor", <QualityPage />)} />
      <Route path="/mis-monitoreos" element={guarded("quality:own", <MyMonitoringsPage />)} />
      <Route path="/practicas" element={guarded("practices:read", <PracticesPage />)} />
      <Route path="/dimensionamiento" element={guarded("workforce:plan", <StaffingPage />)} />
      <Route path="/plazos" element={guarded("deadlines:read", <DeadlinesPage />)} />
      <Route path="/catalogos" element={guarded("catalogs:manage", <CatalogsPage />)} />
      <Route path="/integraciones" element={guarded("integrations:read", <IntegrationsPage />)} />
      <Route path="/retencion" element={guarded("retention:work", <RetentionPage />)} />
      <Route path="/retencion/:id" element={guarded("retention:read", <RetentionCustomerPage />)} />
      <Route path="/ordenes" element={guarded("workorders:read", <WorkOrdersBoardPage />)} />
      <Route path="/ordenes/imprimir" element={guarded("workorders:print", <WorkOrdersPrintPage />)} />
      <Route path="/tecnico" element={guarded("workorders:execute", <TechnicianPage />)} />
      <Route path="/seguimientos" element={guarded("followups:work", <FollowUpsPage />)} />
      <Route path="/indicador-retencion" element={guarded("reports:read", <RetentionIndicatorPage />)} />
      <Route path="/casos" element={guarded("dispositions:work", <CasesPage />)} />
      <Route path="/casos/:id" element={guarded("complaints:read", <CasePage />)} />
      <Route path="/supervision-campana" element={guarded("complaints:manage", <CampaignSupervisionPage />)} />
      <Route path="/indicadores-campana" element={guarded("reports:read", <CampaignIndicatorsPage />)} />
      <Route path="/catalogos/tipificaciones" element={guarded("catalogs:manage", <DispositionCatalogPage />)} />
      <Route path="/pqr" element={guarded("pqr:read", <PqrWorklistPage />)} />
      <Route path="/pqr/rango-cun" element={guarded("pqr:configure", <PqrCunRangePage />)} />
      <Route path="/pqr/:id" element={guarded("pqr:read", <PqrPage />)} />
      <Route path="/ajustes" element={guarded("adjustments:read", <AdjustmentsDeskPage />)} />
      <Route path="/ajustes/filas/:id" element={guarded("adjustments:read", <AdjustmentRowPage />)} />
      <Route path="/ajustes/retroalimentacion" element={guarded("adjustments:coach", <AdjustmentsFeedbackPage />)} />
      <Route path="/mis-ajustes" element={guarded("adjustments:own", <MyAdjustmentsPage />)} />
      <Route path="/salida" element={guarded("outbound:work", <OutboundDesktopPage />)} />
      <Route path="/salida/en-vivo" element={guarded("outbound:supervise", <OutboundLivePage />)} />
      <Route path="/visitas-escaladas" element={guarded("outbound:backoffice", <EscalatedVisitsPage />)} />
      <Route path="/anulaciones" element={guarded("servicerequests:read", <AnnulmentBoardPage />)} />
      <Route path="/anulaciones/indicador" element={guarded("servicerequests:read", <AnnulmentIndicatorPage />)} />
      <Route path="/solicitudes" element={guarded("servicerequests:read", <ServiceRequestsPage />)} />
      <Route path="/solicitudes/:id" element={guarded("servicerequests:read", <ServiceRequestPage />)} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
