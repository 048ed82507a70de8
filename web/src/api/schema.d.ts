/**
 * The server's API as TypeScript types, generated from its OpenAPI document (GET /api/openapi.json).
 * Do not edit: change the route schemas in src/ and run `npm run generate:api` (CI fails when stale).
 */
export interface paths {
  "/healthz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El proceso está vivo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              status: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/readyz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El proceso puede atender: base de datos accesible y no está apagándose */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              status: string;
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              status: string;
              detail: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/metrics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Métricas Prometheus */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Iniciar sesión (abre una cookie de sesión y devuelve el token CSRF) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              userId: string | null;
              /** Format: uuid */
              tenantId: string;
              email: string;
              fullName: string;
              roles: string[];
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cerrar la sesión actual */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Usuario, roles y permisos de la sesión actual */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              userId: string | null;
              /** Format: uuid */
              tenantId: string;
              email: string;
              fullName: string;
              roles: string[];
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ping": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Comprueba credenciales sin tocar datos */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roles del catálogo con sus permisos */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              nameEs: string;
              nameEn: string;
              permissions: string[];
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Usuarios del operador */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              email: string;
              fullName: string;
              isActive: boolean;
              roles: string[];
              /** Format: date-time */
              lockedUntil: string | null;
              /** Format: date-time */
              lastLoginAt: string | null;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Crear un usuario con sus roles */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            fullName: string;
            password: string;
            roles: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mis tokens de API */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Crear un token de API (el secreto se muestra una sola vez) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              token: string;
              apiToken: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                /** Format: date-time */
                revokedAt: string | null;
              };
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tokens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revocar un token de API propio */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/timeline/{subjectType}/{subjectId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Historial de un sujeto (caso, orden, usuario, importación…), del más reciente al más antiguo */
    get: {
      parameters: {
        query?: {
          before?: number;
          limit?: number;
        };
        header?: never;
        path: {
          subjectType: string;
          subjectId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              events: {
                id: number;
                /** Format: date-time */
                occurredAt: string;
                /** Format: uuid */
                actorUserId: string | null;
                actorName: string | null;
                actorRole: string;
                subjectType: string;
                subjectId: string;
                /** Format: uuid */
                customerId: string | null;
                action: string;
                before: unknown;
                after: unknown;
                reason: string | null;
              }[];
              nextBefore: number | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/customers/{id}/timeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Historial completo de un cliente y de todo lo suyo */
    get: {
      parameters: {
        query?: {
          before?: number;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              events: {
                id: number;
                /** Format: date-time */
                occurredAt: string;
                /** Format: uuid */
                actorUserId: string | null;
                actorName: string | null;
                actorRole: string;
                subjectType: string;
                subjectId: string;
                /** Format: uuid */
                customerId: string | null;
                action: string;
                before: unknown;
                after: unknown;
                reason: string | null;
              }[];
              nextBefore: number | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/customers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Listar los clientes por páginas, ordenados y con el total; o buscarlos (solo q y limit)
     * @description Con page, pageSize o sort (o sin q) responde {items, total, page, pageSize}. Con solo q (y limit), la búsqueda del buscador: una lista con los identificadores exactos primero (código, documento, teléfono, número de servicio) y luego los nombres parecidos.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          page?: number;
          pageSize?: number;
          /** @description «-» delante: descendente */
          sort?: "code" | "-code" | "fullName" | "-fullName" | "createdAt" | "-createdAt";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  items: {
                    /** Format: uuid */
                    id: string;
                    code: string;
                    documentId: string;
                    fullName: string;
                    tier: string;
                    phone: string | null;
                    city: string | null;
                  }[];
                  /** @description Clientes que cumplen el filtro, en todas las páginas */
                  total: number;
                  page: number;
                  pageSize: number;
                }
              | {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  documentId: string;
                  fullName: string;
                  tier: string;
                  phone: string | null;
                  city: string | null;
                }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Registrar un cliente */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            documentId: string;
            fullName: string;
            tier?: "standard" | "premium" | "business" | "corporate" | "vip";
            /** @description teléfono: dígitos, con + delante si es internacional; espacios, guiones y paréntesis permitidos */
            phone?: string | null;
            /** Format: email */
            email?: string | null;
            address?: string | null;
            city?: string | null;
            isDelinquent?: boolean;
            hasCreditBureauFlag?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/customers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ficha del cliente */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              code: string;
              documentId: string;
              fullName: string;
              tier: string;
              phone: string | null;
              city: string | null;
              email: string | null;
              address: string | null;
              isDelinquent: boolean;
              hasCreditBureauFlag: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              products: {
                /** Format: uuid */
                id: string;
                serviceNumber: string;
                kind: string;
                technology: string;
                plan: string;
                status: string;
                withdrawnForNonPayment: boolean;
                monthlyFee: number | null;
                activatedOn: string | null;
              }[];
              /** @description Reclamos de los últimos 90 días, el más reciente primero */
              claims: {
                /** Format: uuid */
                id: string;
                code: string;
                /** Format: uuid */
                productId: string;
                category: string;
                description: string | null;
                openedAt: string;
                resolvedAt: string | null;
              }[];
              /** @description Últimos 6 meses facturados */
              billing: {
                period: string;
                amount: number;
              }[];
              billingAverage: number | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Actualizar los datos de un cliente */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            documentId: string;
            fullName: string;
            tier?: "standard" | "premium" | "business" | "corporate" | "vip";
            /** @description teléfono: dígitos, con + delante si es internacional; espacios, guiones y paréntesis permitidos */
            phone?: string | null;
            /** Format: email */
            email?: string | null;
            address?: string | null;
            city?: string | null;
            isDelinquent?: boolean;
            hasCreditBureauFlag?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/customers/{id}/products": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agregar un producto al cliente */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            serviceNumber: string;
            kind: "internet" | "tv" | "fixed_voice" | "mobile";
            technology: "hfc" | "ftth" | "copper" | "gpon" | "dsl" | "lte" | "satellite" | "dth" | "other";
            plan: string;
            status: "active" | "suspended" | "withdrawn";
            withdrawnForNonPayment?: boolean;
            monthlyFee?: number | null;
            /** Format: date */
            activatedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/claims": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar un reclamo sobre un producto */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            serviceNumber: string;
            category: string;
            description?: string | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            resolvedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/customers/{id}/billing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Registrar la facturación de un mes */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Mes facturado, AAAA-MM */
            period: string;
            amount: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/stream": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Eventos en tiempo real del usuario (Server-Sent Events): alertas de plazos, progreso de importaciones… */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Flujo text/event-stream: «event: <tipo>» y «data: <json>» por mensaje */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": string;
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El operador del usuario: país, zona horaria, horario laboral y próximos festivos */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              name: string;
              country: string;
              timezone: string;
              /** @description Horario por día ISO (1 = lunes … 7 = domingo); un día ausente no es hábil */
              workingHours: {
                /** @description [apertura, cierre] en hora local, HH:MM */
                1?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                2?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                3?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                4?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                5?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                6?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                7?: string[];
              };
              /** @description Festivos nacionales de los próximos 12 meses */
              upcomingHolidays: {
                /** Format: date */
                date: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Cambiar el país, la zona horaria y el horario laboral del operador */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description País del operador, define sus festivos: CO, EC, BO */
            country: string;
            timezone: string;
            /** @description Horario por día ISO (1 = lunes … 7 = domingo); un día ausente no es hábil */
            workingHours: {
              /** @description [apertura, cierre] en hora local, HH:MM */
              1?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              2?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              3?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              4?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              5?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              6?: string[];
              /** @description [apertura, cierre] en hora local, HH:MM */
              7?: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              name: string;
              country: string;
              timezone: string;
              /** @description Horario por día ISO (1 = lunes … 7 = domingo); un día ausente no es hábil */
              workingHours: {
                /** @description [apertura, cierre] en hora local, HH:MM */
                1?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                2?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                3?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                4?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                5?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                6?: string[];
                /** @description [apertura, cierre] en hora local, HH:MM */
                7?: string[];
              };
              /** @description Festivos nacionales de los próximos 12 meses */
              upcomingHolidays: {
                /** Format: date */
                date: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Plazos del operador, del más próximo a vencer al más lejano
     * @description Con page, pageSize o sort responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).
     */
    get: {
      parameters: {
        query?: {
          /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
          status?: "running" | "paused" | "met" | "breached" | "cancelled";
          subjectType?: string;
          subjectId?: string;
          limit?: number;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?: "dueAt" | "-dueAt" | "startedAt" | "-startedAt" | "kind" | "-kind" | "status" | "-status";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  items: {
                    /** Format: uuid */
                    id: string;
                    subjectType: string;
                    subjectId: string;
                    /** Format: uuid */
                    customerId: string | null;
                    kind: string;
                    /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
                    status: "running" | "paused" | "met" | "breached" | "cancelled";
                    /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
                    phase: string;
                    rule: {
                      /** @description Cantidad de la unidad; 0 para «en el día» */
                      amount: number;
                      /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                      unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                    };
                    /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
                    measure: "business" | "clock";
                    atRiskRatio: number;
                    /** Format: date-time */
                    startedAt: string;
                    /** Format: date-time */
                    dueAt: string;
                    /** Format: date-time */
                    atRiskAt: string;
                    /** Format: date-time */
                    pausedAt: string | null;
                    pausedMs: number;
                    /** Format: date-time */
                    atRiskAlertedAt: string | null;
                    /** Format: date-time */
                    metAt: string | null;
                    /** Format: date-time */
                    breachedAt: string | null;
                    /** Format: date-time */
                    cancelledAt: string | null;
                  }[];
                  /** @description Filas que cumplen el filtro, en todas las páginas */
                  total: number;
                  page: number;
                  pageSize: number;
                }
              | {
                  /** Format: uuid */
                  id: string;
                  subjectType: string;
                  subjectId: string;
                  /** Format: uuid */
                  customerId: string | null;
                  kind: string;
                  /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
                  status: "running" | "paused" | "met" | "breached" | "cancelled";
                  /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
                  phase: string;
                  rule: {
                    /** @description Cantidad de la unidad; 0 para «en el día» */
                    amount: number;
                    /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                    unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                  };
                  /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
                  measure: "business" | "clock";
                  atRiskRatio: number;
                  /** Format: date-time */
                  startedAt: string;
                  /** Format: date-time */
                  dueAt: string;
                  /** Format: date-time */
                  atRiskAt: string;
                  /** Format: date-time */
                  pausedAt: string | null;
                  pausedMs: number;
                  /** Format: date-time */
                  atRiskAlertedAt: string | null;
                  /** Format: date-time */
                  metAt: string | null;
                  /** Format: date-time */
                  breachedAt: string | null;
                  /** Format: date-time */
                  cancelledAt: string | null;
                }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Iniciar un plazo sobre un caso, orden u otro sujeto (para integraciones) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            subjectType: string;
            subjectId: string;
            /** Format: uuid */
            customerId?: string | null;
            kind: string;
            rule: {
              /** @description Cantidad de la unidad; 0 para «en el día» */
              amount: number;
              /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
              unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
            };
            atRiskRatio?: number;
            /**
             * Format: date-time
             * @description Cuándo se recibió la solicitud (por defecto, ahora)
             */
            startedAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un plazo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines/{id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pausar un plazo (por defecto: «esperando al cliente») */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines/{id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reanudar un plazo pausado; su vencimiento se corre lo que estuvo en pausa */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines/{id}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Completar un plazo: cumplido a tiempo, o vencido con fecha de cumplimiento */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deadlines/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancelar un plazo en curso o en pausa */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              kind: string;
              /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
              status: "running" | "paused" | "met" | "breached" | "cancelled";
              /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
              phase: string;
              rule: {
                /** @description Cantidad de la unidad; 0 para «en el día» */
                amount: number;
                /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
              };
              /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
              measure: "business" | "clock";
              atRiskRatio: number;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              /** Format: date-time */
              pausedAt: string | null;
              pausedMs: number;
              /** Format: date-time */
              atRiskAlertedAt: string | null;
              /** Format: date-time */
              metAt: string | null;
              /** Format: date-time */
              breachedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Importaciones del operador, la más reciente primero */
    get: {
      parameters: {
        query?: {
          before?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /**
     * Cargar un archivo .xlsx o .csv (multipart, campo «file»): se valida fila por fila y queda en borrador
     * @description Responde 201 con la importación en estado staged (lista para confirmar), 200 con alreadyImported: true y la importación anterior si el archivo ya se importó (no se escribe nada), o 422 si el archivo tiene errores (la importación queda rejected y sus errores en GET /api/imports/:id). El progreso llega por /api/stream como import.progress.
     */
    post: {
      parameters: {
        query: {
          /** @description customers (clientes), products (productos), claims (reclamos), billing (facturación)… Las quejas de una campaña se cargan por /api/complaints/imports */
          kind: "customers" | "products" | "claims" | "billing";
          batch?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
              errorsOffset: number;
              /** @description Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset */
              errors: {
                row: number;
                column: string | null;
                message: string;
              }[];
              /** @description Las primeras 20 filas leídas, ya convertidas */
              preview: {
                row: number;
                data: {
                  [key: string]: unknown;
                };
              }[];
              /** @description El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada */
              alreadyImported?: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
              errorsOffset: number;
              /** @description Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset */
              errors: {
                row: number;
                column: string | null;
                message: string;
              }[];
              /** @description Las primeras 20 filas leídas, ya convertidas */
              preview: {
                row: number;
                data: {
                  [key: string]: unknown;
                };
              }[];
              /** @description El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada */
              alreadyImported?: boolean;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports/templates/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plantilla .xlsx de un tipo de importación (encabezado y una fila de ejemplo) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description customers (clientes), products (productos), claims (reclamos), billing (facturación), complaints (quejas)… */
          kind: "customers" | "products" | "claims" | "billing" | "complaints";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vista previa de una importación: estado, errores por fila y columna, primeras filas */
    get: {
      parameters: {
        query?: {
          errorsOffset?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
              errorsOffset: number;
              /** @description Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset */
              errors: {
                row: number;
                column: string | null;
                message: string;
              }[];
              /** @description Las primeras 20 filas leídas, ya convertidas */
              preview: {
                row: number;
                data: {
                  [key: string]: unknown;
                };
              }[];
              /** @description El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada */
              alreadyImported?: boolean;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports/{id}/errors.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Los errores de una importación como .xlsx (fila, columna, error), para corregir el archivo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirmar una importación sin errores: se aplica completa, en una sola transacción */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
              errorsOffset: number;
              /** @description Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset */
              errors: {
                row: number;
                column: string | null;
                message: string;
              }[];
              /** @description Las primeras 20 filas leídas, ya convertidas */
              preview: {
                row: number;
                data: {
                  [key: string]: unknown;
                };
              }[];
              /** @description El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada */
              alreadyImported?: boolean;
              /** @description Importaciones del mismo lote confirmadas antes, en la misma transacción */
              alsoCommitted: {
                /** Format: uuid */
                importId: string;
                kind: string;
                inserted: number;
                updated: number;
                unchanged: number;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/imports/{id}/discard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Descartar una importación en borrador o rechazada */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              batchId: string;
              kind: string;
              fileName: string;
              sizeBytes: number;
              sha256: string;
              status: "staged" | "rejected" | "committed" | "discarded";
              totalRows: number;
              errorCount: number;
              /** @description Al confirmar: {inserted, updated, unchanged} */
              summary: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              committedAt: string | null;
              errorsOffset: number;
              /** @description Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset */
              errors: {
                row: number;
                column: string | null;
                message: string;
              }[];
              /** @description Las primeras 20 filas leídas, ya convertidas */
              preview: {
                row: number;
                data: {
                  [key: string]: unknown;
                };
              }[];
              /** @description El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada */
              alreadyImported?: boolean;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/catalog-kinds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tipos de catálogo del producto, con el esquema JSON de su documento */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              name: string;
              description: string;
              defaultScopes: string[];
              schema: {
                [key: string]: unknown;
              };
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/catalogs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Catálogos del operador, en su versión vigente */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              kind: string;
              kindName: string;
              scope: string;
              version: number;
              note: string | null;
              /** Format: uuid */
              createdBy: string | null;
              createdByName: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/catalogs/{kind}/{scope}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un catálogo con su documento: la versión vigente o la pedida */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path: {
          kind: string;
          scope: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              kind: string;
              kindName: string;
              scope: string;
              version: number;
              note: string | null;
              /** Format: uuid */
              createdBy: string | null;
              createdByName: string | null;
              /** Format: date-time */
              createdAt: string;
              /** @description El documento del catálogo; su forma la da el tipo */
              content: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Publicar una versión nueva de un catálogo (las anteriores se conservan) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: string;
          scope: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description El documento del catálogo; su forma la da el tipo */
            content: {
              [key: string]: unknown;
            };
            note?: string | null;
            /** @description La versión de la que partió la edición (0 si es nuevo) */
            basedOnVersion: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              version: number;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/catalogs/{kind}/{scope}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Historial de versiones de un catálogo, la más reciente primero */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: string;
          scope: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              kind: string;
              kindName: string;
              scope: string;
              version: number;
              note: string | null;
              /** Format: uuid */
              createdBy: string | null;
              createdByName: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/outbound": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Mensajes a sistemas externos (facturación, órdenes de trabajo, activaciones) y su entrega
     * @description Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).
     */
    get: {
      parameters: {
        query?: {
          subjectType?: string;
          subjectId?: string;
          status?: "pending" | "sent" | "failed";
          adapter?: "billing" | "field_service" | "provisioning";
          limit?: number;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  items: {
                    /** Format: uuid */
                    id: string;
                    number: number;
                    adapter: string;
                    adapterName: string;
                    operation: string;
                    idempotencyKey: string;
                    subjectType: string;
                    subjectId: string;
                    /** Format: uuid */
                    customerId: string | null;
                    payload: unknown;
                    status: "pending" | "sent" | "failed";
                    attempts: number;
                    lastError: string | null;
                    /** Format: date-time */
                    nextAttemptAt: string | null;
                    /** @description La referencia que dio el sistema externo (radicado, número de orden …) */
                    reference: string | null;
                    response: unknown;
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    sentAt: string | null;
                    /** Format: date-time */
                    failedAt: string | null;
                  }[];
                  /** @description Filas que cumplen el filtro, en todas las páginas */
                  total: number;
                  page: number;
                  pageSize: number;
                }
              | {
                  /** Format: uuid */
                  id: string;
                  number: number;
                  adapter: string;
                  adapterName: string;
                  operation: string;
                  idempotencyKey: string;
                  subjectType: string;
                  subjectId: string;
                  /** Format: uuid */
                  customerId: string | null;
                  payload: unknown;
                  status: "pending" | "sent" | "failed";
                  attempts: number;
                  lastError: string | null;
                  /** Format: date-time */
                  nextAttemptAt: string | null;
                  /** @description La referencia que dio el sistema externo (radicado, número de orden …) */
                  reference: string | null;
                  response: unknown;
                  /** Format: date-time */
                  createdAt: string;
                  /** Format: date-time */
                  sentAt: string | null;
                  /** Format: date-time */
                  failedAt: string | null;
                }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/outbound/{id}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reintentar la entrega de un mensaje fallido */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              adapter: string;
              adapterName: string;
              operation: string;
              idempotencyKey: string;
              subjectType: string;
              subjectId: string;
              /** Format: uuid */
              customerId: string | null;
              payload: unknown;
              status: "pending" | "sent" | "failed";
              attempts: number;
              lastError: string | null;
              /** Format: date-time */
              nextAttemptAt: string | null;
              /** @description La referencia que dio el sistema externo (radicado, número de orden …) */
              reference: string | null;
              response: unknown;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              sentAt: string | null;
              /** Format: date-time */
              failedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/integrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cómo se entrega a cada sistema externo: simulador o webhook */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              adapter: string;
              name: string;
              mode: "simulator" | "webhook";
              url: string | null;
              hasSecret: boolean;
              /** Format: date-time */
              updatedAt: string | null;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/integrations/{adapter}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Configurar un sistema externo (simulador o webhook con firma HMAC) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          adapter: "billing" | "field_service" | "provisioning";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            mode: "simulator" | "webhook";
            url?: string | null;
            secret?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              adapter: string;
              name: string;
              mode: "simulator" | "webhook";
              url: string | null;
              hasSecret: boolean;
              /** Format: date-time */
              updatedAt: string | null;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/customers/{id}/360": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ficha 360 del cliente para el asesor (paso 1), con daño reiterado, VIP, restricciones, ofertas y el caso abierto */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              customer: {
                /** Format: uuid */
                id: string;
                code: string;
                documentId: string;
                fullName: string;
                tier: string;
                phone: string | null;
                email: string | null;
                address: string | null;
                city: string | null;
                /** Format: date-time */
                customerSince: string;
              };
              vip: {
                isVip: boolean;
                reasons: string[];
                billingAverage: number | null;
                months: number;
              };
              flags: {
                isDelinquent: boolean;
                hasCreditBureauFlag: boolean;
                withdrawnForNonPayment: string[];
                warnings: string[];
              };
              products: {
                /** Format: uuid */
                id: string;
                serviceNumber: string;
                kind: string;
                technology: string;
                plan: string;
                status: string;
                withdrawnForNonPayment: boolean;
                monthlyFee: number | null;
                activatedOn: string | null;
              }[];
              claims: {
                /** Format: uuid */
                id: string;
                code: string;
                /** Format: uuid */
                productId: string;
                category: string;
                description: string | null;
                openedAt: string;
                resolvedAt: string | null;
              }[];
              claimHistoryDays: number;
              billing: {
                period: string;
                amount: number;
              }[];
              repeatedDamage: {
                /** Format: uuid */
                productId: string;
                claimIds: string[];
                openClaimIds: string[];
              }[];
              explanation: {
                branch: {
                  hasRepeatedDamage: boolean;
                  foreseen: "repeated_damage" | "request_analysis";
                  reason: string;
                };
                restrictions: {
                  flag: string;
                  label: string;
                  refuses: string[];
                }[];
                offers: {
                  code: string;
                  type: "bill_waiver" | "compensation" | "promotion";
                  name: string;
                  description: string;
                  branches: ("repeated_damage" | "request_analysis")[];
                  duration: {
                    amount: number;
                    unit: string;
                  } | null;
                  checks: {
                    /** Format: uuid */
                    productId: string;
                    serviceNumber: string;
                    eligible: boolean;
                    reason: string | null;
                  }[];
                }[];
                steps: {
                  step: string;
                  label: string;
                  seedStep?: string;
                  allowed: boolean;
                  reason: string | null;
                }[];
              };
              xpressObservationDraft: string;
              cancellationReasons: {
                code: string;
                name: string;
              }[];
              /** Format: uuid */
              openCaseId: string | null;
              cases: {
                /** Format: uuid */
                id: string;
                number: number;
                state: string;
                stateLabel: string;
                branch: ("repeated_damage" | "request_analysis") | (never | null);
                /** Format: uuid */
                productId: string | null;
                requestKind: string | null;
                facts: {
                  [key: string]: unknown;
                };
                outcome: string | null;
                cancellationReason: string | null;
                createdAt: string;
                closedAt: string | null;
                offers: {
                  /** Format: uuid */
                  id: string;
                  offerCode: string;
                  offerType: "bill_waiver" | "compensation" | "promotion";
                  /** Format: uuid */
                  productId: string | null;
                  status: string;
                  billingConcept: string | null;
                  amount: number | null;
                  startsAt: string | null;
                  endsAt: string | null;
                  externalReference: string | null;
                }[];
              }[];
              workOrders: {
                /** Format: uuid */
                id: string;
                number: number;
                activityCode: string;
                activityName: string;
                status: string;
                dueAt: string;
                closedAt: string | null;
                /** Format: uuid */
                productId: string;
                /** Format: uuid */
                originId: string;
              }[];
              /** @description Quejas de cancelación del cliente en las campañas (las 5 más recientes) */
              complaints: {
                /** Format: uuid */
                id: string;
                complaintNumber: string;
                campaign: string;
                status: string;
                queue: string;
                stateCode: string | null;
                motiveCode: string | null;
                reason: string;
                receivedAt: string;
                finishedAt: string | null;
              }[];
              timeline: {
                id: number;
                occurredAt: string;
                actorName: string | null;
                actorRole: string;
                subjectType: string;
                action: string;
                reason: string | null;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Abrir el caso de retención de un cliente que pide la baja (paso 1); devuelve el abierto si ya existe */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            customerId: string;
            /** Format: uuid */
            productId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revisar daños reiterados (paso 2) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/offer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar la compensación o el retiro de factura aceptado (pasos 3 y 12) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            offerCode: string;
            /** Format: uuid */
            productId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/billing-claim": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Digitar el reclamo de facturación de la oferta aceptada (pasos 4 y 13); nunca dos veces */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/xpress-order": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Generar la orden de Servicio de Ingeniería Xpress, atención en 24 horas (paso 5) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            observation?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              orderType: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              activityCode: string;
              activityName: string;
              paymentMethod: string;
              value: number;
              observation: string;
              originType: string;
              /** Format: uuid */
              originId: string;
              status: "open" | "printed" | "closed" | "cancelled";
              /** Format: uuid */
              deadlineId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              deadlineStatus: "running" | "paused" | "met" | "breached" | "cancelled";
              /** Format: date-time */
              printedAt: string | null;
              tasksDone: string[];
              result: string | null;
              hasSignature: boolean;
              signedByName: string | null;
              /** Format: date-time */
              closedAt: string | null;
              externalReference: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/promotion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Habilitar una promoción/OTT sin costo ante la mejor oferta de la competencia (pasos 11 y 14) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            offerCode: string;
            /** Format: uuid */
            productId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/retain": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar al cliente como retenido */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Aceptar la baja con su motivo */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reasonCode: string;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              state: string;
              stateLabel: string;
              branch: ("repeated_damage" | "request_analysis") | (never | null);
              requestKind: string | null;
              outcome: string | null;
              cancellationReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              closedAt: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/indicator": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicador: bajas del mes frente al mes anterior (meta: menos), por equipo y por producto, y tasa de retención */
    get: {
      parameters: {
        query?: {
          /** @description Mes, AAAA-MM */
          month?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              month: string;
              lastMonth: string;
              formula: string;
              overall: {
                thisMonth: number;
                lastMonth: number;
                isMet: boolean;
                change: number;
                retainedThisMonth: number;
                retainedLastMonth: number;
                retentionRateThisMonth: number | null;
                retentionRateLastMonth: number | null;
              };
              byTeam: {
                team: string;
                thisMonth: number;
                lastMonth: number;
                isMet: boolean;
                change: number;
                retainedThisMonth: number;
                retainedLastMonth: number;
                retentionRateThisMonth: number | null;
                retentionRateLastMonth: number | null;
              }[];
              byProduct: {
                productKind: string;
                thisMonth: number;
                lastMonth: number;
                isMet: boolean;
                change: number;
                retainedThisMonth: number;
                retainedLastMonth: number;
                retentionRateThisMonth: number | null;
                retentionRateLastMonth: number | null;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/evaluation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evaluación de resultados (paso 15): casos cerrados por mes, equipo, rama y oferta, y las decisiones registradas */
    get: {
      parameters: {
        query?: {
          months?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              results: {
                month: string;
                team: string;
                branch: string;
                offerCode: string;
                offerLabel: string | null;
                closed: number;
                retained: number;
                cancelled: number;
                retentionRate: number | null;
              }[];
              evaluations: {
                /** Format: uuid */
                id: string;
                month: string;
                decision: "feedback" | "reformulate";
                notes: string;
                createdByName: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/evaluations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar la evaluación de un mes (paso 15): retroalimenta o reformula */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Mes, AAAA-MM */
            month: string;
            decision: "feedback" | "reformulate";
            notes: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Órdenes de trabajo con su cliente y su plazo, la más próxima a vencer primero */
    get: {
      parameters: {
        query?: {
          /** @description Uno o más estados (por defecto abiertas e impresas) */
          status?: ("open" | "printed" | "closed" | "cancelled")[];
          activityCode?: string;
          /** @description Qué generó las órdenes: retention_case para las órdenes Xpress de los casos de retención */
          originType?: string;
          customerId?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              orderType: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              activityCode: string;
              activityName: string;
              paymentMethod: string;
              value: number;
              observation: string;
              originType: string;
              /** Format: uuid */
              originId: string;
              status: "open" | "printed" | "closed" | "cancelled";
              /** Format: uuid */
              deadlineId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              deadlineStatus: "running" | "paused" | "met" | "breached" | "cancelled";
              /** Format: date-time */
              printedAt: string | null;
              tasksDone: string[];
              result: string | null;
              hasSignature: boolean;
              signedByName: string | null;
              /** Format: date-time */
              closedAt: string | null;
              externalReference: string | null;
              /** Format: date-time */
              createdAt: string;
              customerCode: string;
              customerName: string;
              customerPhone: string | null;
              customerAddress: string | null;
              customerCity: string | null;
              serviceNumber: string;
              productKind: string;
              technology: string;
              isBreached: boolean;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-orders/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una orden de trabajo con las tareas de su actividad y la firma */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              orderType: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              activityCode: string;
              activityName: string;
              paymentMethod: string;
              value: number;
              observation: string;
              originType: string;
              /** Format: uuid */
              originId: string;
              status: "open" | "printed" | "closed" | "cancelled";
              /** Format: uuid */
              deadlineId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              deadlineStatus: "running" | "paused" | "met" | "breached" | "cancelled";
              /** Format: date-time */
              printedAt: string | null;
              tasksDone: string[];
              result: string | null;
              hasSignature: boolean;
              signedByName: string | null;
              /** Format: date-time */
              closedAt: string | null;
              externalReference: string | null;
              /** Format: date-time */
              createdAt: string;
              customerCode: string;
              customerName: string;
              customerPhone: string | null;
              customerAddress: string | null;
              customerCity: string | null;
              serviceNumber: string;
              productKind: string;
              technology: string;
              isBreached: boolean;
              checklist: {
                code: string;
                name: string;
              }[];
              /** @description Firma del cliente (PNG en data URL) */
              signature: string | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-orders/print": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imprimir órdenes (paso 6): las indicadas, o todas las abiertas de una actividad u origen; quedan impresas */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            ids?: string[];
            activityCode?: string;
            /** @description Qué generó las órdenes: retention_case para las órdenes Xpress de los casos de retención */
            originType?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              orderType: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              activityCode: string;
              activityName: string;
              paymentMethod: string;
              value: number;
              observation: string;
              originType: string;
              /** Format: uuid */
              originId: string;
              status: "open" | "printed" | "closed" | "cancelled";
              /** Format: uuid */
              deadlineId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              deadlineStatus: "running" | "paused" | "met" | "breached" | "cancelled";
              /** Format: date-time */
              printedAt: string | null;
              tasksDone: string[];
              result: string | null;
              hasSignature: boolean;
              signedByName: string | null;
              /** Format: date-time */
              closedAt: string | null;
              externalReference: string | null;
              /** Format: date-time */
              createdAt: string;
              customerCode: string;
              customerName: string;
              customerPhone: string | null;
              customerAddress: string | null;
              customerCity: string | null;
              serviceNumber: string;
              productKind: string;
              technology: string;
              isBreached: boolean;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-orders/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cerrar la orden (pasos 7–8): tareas realizadas, resultado y firma del cliente (obligatoria) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            tasksDone: string[];
            result: string;
            signature?: string | null;
            signedByName?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              number: number;
              orderType: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              activityCode: string;
              activityName: string;
              paymentMethod: string;
              value: number;
              observation: string;
              originType: string;
              /** Format: uuid */
              originId: string;
              status: "open" | "printed" | "closed" | "cancelled";
              /** Format: uuid */
              deadlineId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              deadlineStatus: "running" | "paused" | "met" | "breached" | "cancelled";
              /** Format: date-time */
              printedAt: string | null;
              tasksDone: string[];
              result: string | null;
              hasSignature: boolean;
              signedByName: string | null;
              /** Format: date-time */
              closedAt: string | null;
              externalReference: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/follow-ups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Seguimientos de los equipos del usuario: vencidos (para hacer ya), próximos o realizados
     * @description Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).
     */
    get: {
      parameters: {
        query?: {
          scope?: "due" | "upcoming" | "done";
          limit?: number;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  items: {
                    /** Format: uuid */
                    id: string;
                    kind: "quality_control" | "repeated_damage_check" | "promotion_ending";
                    label: string;
                    role: string;
                    subjectType: string;
                    /** Format: uuid */
                    subjectId: string;
                    /** Format: uuid */
                    customerId: string;
                    /** Format: uuid */
                    productId: string | null;
                    /** Format: uuid */
                    caseId: string | null;
                    /** Format: date-time */
                    dueAt: string;
                    /** Format: date-time */
                    since: string;
                    status: "pending" | "done";
                    outcome: {
                      [key: string]: unknown;
                    } | null;
                    /** Format: date-time */
                    doneAt: string | null;
                    questions: {
                      key: string;
                      label: string;
                    }[];
                    customerCode: string;
                    customerName: string;
                    customerPhone: string | null;
                    serviceNumber: string | null;
                    doneByName: string | null;
                    measured: {
                      stillCustomer: boolean;
                      newClaimCodes: string[];
                    } | null;
                  }[];
                  /** @description Filas que cumplen el filtro, en todas las páginas */
                  total: number;
                  page: number;
                  pageSize: number;
                }
              | {
                  /** Format: uuid */
                  id: string;
                  kind: "quality_control" | "repeated_damage_check" | "promotion_ending";
                  label: string;
                  role: string;
                  subjectType: string;
                  /** Format: uuid */
                  subjectId: string;
                  /** Format: uuid */
                  customerId: string;
                  /** Format: uuid */
                  productId: string | null;
                  /** Format: uuid */
                  caseId: string | null;
                  /** Format: date-time */
                  dueAt: string;
                  /** Format: date-time */
                  since: string;
                  status: "pending" | "done";
                  outcome: {
                    [key: string]: unknown;
                  } | null;
                  /** Format: date-time */
                  doneAt: string | null;
                  questions: {
                    key: string;
                    label: string;
                  }[];
                  customerCode: string;
                  customerName: string;
                  customerPhone: string | null;
                  serviceNumber: string | null;
                  doneByName: string | null;
                  measured: {
                    stillCustomer: boolean;
                    newClaimCodes: string[];
                  } | null;
                }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/follow-ups/{id}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar el resultado de un seguimiento (control de calidad, daño reiterado, fin de promoción) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            serviceWorking?: boolean;
            customerSatisfied?: boolean;
            damageSolved?: boolean;
            customerStays?: boolean;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              kind: "quality_control" | "repeated_damage_check" | "promotion_ending";
              label: string;
              role: string;
              subjectType: string;
              /** Format: uuid */
              subjectId: string;
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string | null;
              /** Format: uuid */
              caseId: string | null;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              since: string;
              status: "pending" | "done";
              outcome: {
                [key: string]: unknown;
              } | null;
              /** Format: date-time */
              doneAt: string | null;
              questions: {
                key: string;
                label: string;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaints/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cargar la cola de quejas de una campaña (.xlsx o .csv, multipart, campo «file»): queda lista para confirmar
     * @description Columnas: numero_queja, numero_servicio, codigo_cliente, motivo, fecha. 201 con la importación lista, 200 con alreadyImported: true si el archivo ya se importó (no cambia nada), 422 con los errores por fila y columna.
     */
    post: {
      parameters: {
        query?: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign?: string;
          /** @description Une la carga al lote de otra importación (p. ej. los productos que sus filas nombran); pide imports:run */
          batch?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description La importación, como la muestra GET /api/imports/:id */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              status: string;
              totalRows: number;
              errorCount: number;
              summary: {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description La importación, como la muestra GET /api/imports/:id */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              status: string;
              totalRows: number;
              errorCount: number;
              summary: {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaints/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirmar una carga de quejas: los casos nuevos entran al grupo de la campaña; la misma carga dos veces no cambia nada */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description La importación, como la muestra GET /api/imports/:id */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              status: string;
              totalRows: number;
              errorCount: number;
              summary: {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Casos (quejas de cancelación) de las campañas: los vencidos primero, luego los más antiguos */
    get: {
      parameters: {
        query?: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign?: string;
          status?: "open" | "pending" | "finished" | "active";
          queue?: string;
          /** @description Solo los casos del usuario */
          mine?: boolean;
          assignedTo?: string;
          /** @description Solo los casos sin asesor */
          pool?: boolean;
          /** @description Solo los que tienen llamada o intento vencido */
          due?: boolean;
          q?: string;
          limit?: number;
          offset?: number;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?:
            | "complaintNumber"
            | "-complaintNumber"
            | "customerName"
            | "-customerName"
            | "status"
            | "-status"
            | "attempts"
            | "-attempts"
            | "nextContactAt"
            | "-nextContactAt"
            | "receivedAt"
            | "-receivedAt"
            | "assigneeName"
            | "-assigneeName";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              cases: {
                /** Format: uuid */
                id: string;
                campaign: string;
                complaintNumber: string;
                /** Format: uuid */
                customerId: string;
                customerCode: string;
                customerName: string;
                customerPhone: string | null;
                serviceNumber: string;
                reason: string;
                /** Format: date-time */
                receivedAt: string;
                status: "open" | "pending" | "finished";
                /** @description campaign, o la cola a la que un estado final lo derivó (level1) */
                queue: string;
                /** @description El nombre de esa cola en el catálogo (Nivel 1 (N1)) */
                queueLabel: string | null;
                /** Format: uuid */
                assignedTo: string | null;
                assigneeName: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                attempts: number;
                unansweredAttempts: number;
                /** Format: date-time */
                lastAttemptAt: string | null;
                /** Format: date-time */
                nextContactAt: string | null;
                stateCode: string | null;
                motiveCode: string | null;
                stateLabel: string | null;
                motiveLabel: string | null;
                catalogVersion: number | null;
                /** Format: date-time */
                finishedAt: string | null;
                /** @description Envíela como expectedVersion en cada cambio */
                version: number;
              }[];
              /** @description Casos que cumplen el filtro, en todas las páginas */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Poner una queja de cancelación en la cola de una campaña (los archivos van por /api/complaints/imports) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description La campaña (ámbito de su catálogo) */
            campaign: string;
            complaintNumber: string;
            serviceNumber: string;
            customerCode?: string | null;
            reason: string;
            /** Format: date-time */
            receivedAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un caso con sus intentos, tipificaciones, instrucciones de cierre y los pasos posibles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              campaign: string;
              complaintNumber: string;
              /** Format: uuid */
              customerId: string;
              customerCode: string;
              customerName: string;
              customerPhone: string | null;
              serviceNumber: string;
              reason: string;
              /** Format: date-time */
              receivedAt: string;
              status: "open" | "pending" | "finished";
              /** @description campaign, o la cola a la que un estado final lo derivó (level1) */
              queue: string;
              /** @description El nombre de esa cola en el catálogo (Nivel 1 (N1)) */
              queueLabel: string | null;
              /** Format: uuid */
              assignedTo: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              attempts: number;
              unansweredAttempts: number;
              /** Format: date-time */
              lastAttemptAt: string | null;
              /** Format: date-time */
              nextContactAt: string | null;
              stateCode: string | null;
              motiveCode: string | null;
              stateLabel: string | null;
              motiveLabel: string | null;
              catalogVersion: number | null;
              /** Format: date-time */
              finishedAt: string | null;
              /** @description Envíela como expectedVersion en cada cambio */
              version: number;
              catalogCurrentVersion: number;
              maxUnansweredAttempts: number;
              attemptsList: {
                /** Format: uuid */
                id: string;
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string;
                result: "answered" | "no_answer" | "busy" | "wrong_number";
                note: string | null;
                recordedByName: string | null;
              }[];
              /** @description Todas las tipificaciones del caso, en orden; una corregida queda con supersededBy */
              dispositions: {
                /** Format: uuid */
                id: string;
                seq: number;
                kind: "manual" | "automatic" | "correction";
                stateCode: string;
                motiveCode: string;
                stateLabel: string | null;
                motiveLabel: string | null;
                isFinal: boolean;
                catalogVersion: number;
                benefitsVersion: number | null;
                fields: {
                  [key: string]: unknown;
                };
                generatedNote: string;
                note: string;
                /** Format: date-time */
                callbackAt: string | null;
                decidedByName: string | null;
                /** Format: date-time */
                decidedAt: string;
                /** Format: uuid */
                supersededBy: string | null;
              }[];
              instructions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                instructionVersion: number;
                campaign: string;
                complaintNumber: string;
                customerName: string;
                serviceNumber: string;
                stateCode: string;
                motiveCode: string;
                action: "ATENDIDO" | "ANULADO";
                /** Format: date-time */
                dueAt: string;
                note: string;
                status: "ready" | "queued" | "sent" | "failed" | "superseded";
                isOverdue: boolean;
                billingReference: string | null;
                decidedByName: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                queuedAt: string | null;
                /** Format: date-time */
                sentAt: string | null;
              }[];
              pendingDeadline: {
                /** Format: uuid */
                id: string;
                subjectType: string;
                subjectId: string;
                /** Format: uuid */
                customerId: string | null;
                kind: string;
                /** @description Estado guardado: en curso, en pausa, cumplido, vencido, cancelado */
                status: "running" | "paused" | "met" | "breached" | "cancelled";
                /** @description Situación ahora: on_time, at_risk, breached, paused, met, cancelled */
                phase: string;
                rule: {
                  /** @description Cantidad de la unidad; 0 para «en el día» */
                  amount: number;
                  /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                  unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                };
                /** @description business: horas laborales en días hábiles (sin festivos); clock: reloj corrido */
                measure: "business" | "clock";
                atRiskRatio: number;
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                atRiskAt: string;
                /** Format: date-time */
                pausedAt: string | null;
                pausedMs: number;
                /** Format: date-time */
                atRiskAlertedAt: string | null;
                /** Format: date-time */
                metAt: string | null;
                /** Format: date-time */
                breachedAt: string | null;
                /** Format: date-time */
                cancelledAt: string | null;
              } | null;
              /** @description Los pasos posibles ahora y, si no, por qué */
              steps: {
                step: string;
                label: string;
                allowed: boolean;
                reason: string | null;
              }[];
              refusals: {
                attempt: string | null;
                disposition: string | null;
                correction: string | null;
              };
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}/take": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tomar un caso del grupo */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            expectedVersion?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              version: number;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}/take-next": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tomar el siguiente caso del grupo: una llamada pendiente vencida, o la queja más antigua */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              case: {
                /** Format: uuid */
                id: string;
                campaign: string;
                complaintNumber: string;
                /** Format: uuid */
                customerId: string;
                customerCode: string;
                customerName: string;
                customerPhone: string | null;
                serviceNumber: string;
                reason: string;
                /** Format: date-time */
                receivedAt: string;
                status: "open" | "pending" | "finished";
                /** @description campaign, o la cola a la que un estado final lo derivó (level1) */
                queue: string;
                /** @description El nombre de esa cola en el catálogo (Nivel 1 (N1)) */
                queueLabel: string | null;
                /** Format: uuid */
                assignedTo: string | null;
                assigneeName: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                attempts: number;
                unansweredAttempts: number;
                /** Format: date-time */
                lastAttemptAt: string | null;
                /** Format: date-time */
                nextContactAt: string | null;
                stateCode: string | null;
                motiveCode: string | null;
                stateLabel: string | null;
                motiveLabel: string | null;
                catalogVersion: number | null;
                /** Format: date-time */
                finishedAt: string | null;
                /** @description Envíela como expectedVersion en cada cambio */
                version: number;
              } | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/assign": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Asignar casos elegidos a un asesor (o devolverlos al grupo con advisorId null) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            caseIds: string[];
            /** Format: uuid */
            advisorId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              assigned: number;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}/distribute": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Repartir el grupo de la campaña entre asesores, por turnos (round-robin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            advisorIds: string[];
            /** @default 500 */
            limit?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              assigned: {
                /** Format: uuid */
                advisorId: string;
                cases: number;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-advisors": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Usuarios activos que gestionan casos (para asignar) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              fullName: string;
              email: string;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}/attempts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar un intento de contacto; sin respuesta, el sistema pone PENDIENTE o deriva a N1 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            dialledNumber: string;
            result: "answered" | "no_answer" | "busy" | "wrong_number";
            note?: string | null;
            expectedVersion: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              attemptId: string;
              seq: number;
              outcome: "none" | "no_answer" | "hand_off";
              version: number;
              disposition: {
                /** Format: uuid */
                dispositionId: string;
                seq: number;
                version: number;
                status: "open" | "pending" | "finished";
                instruction: {
                  /** Format: uuid */
                  id: string;
                  version: number;
                  /** Format: date-time */
                  dueAt: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}/note-preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** La observación que generaría una tipificación (plantilla del motivo con los datos del caso), sin guardar nada */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            stateCode: string;
            motiveCode: string;
            fields?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              note: string;
              maxLength: number;
              isFinal: boolean;
              closing: {
                action: string;
                deadline: {
                  /** @description Cantidad de la unidad; 0 para «en el día» */
                  amount: number;
                  /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                  unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                };
              } | null;
              /** Format: date-time */
              nextContactAt: string | null;
              catalogVersion: number;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}/disposition": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tipificar: estado y motivo, campos, observación; un estado final emite la instrucción de cierre */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            stateCode: string;
            motiveCode: string;
            /** @description Campos que pide el motivo */
            fields?: {
              [key: string]: unknown;
            };
            /** @description La observación tras la última edición; sin ella, la generada */
            note?: string | null;
            expectedVersion: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              dispositionId: string;
              seq: number;
              version: number;
              status: "open" | "pending" | "finished";
              instruction: {
                /** Format: uuid */
                id: string;
                version: number;
                /** Format: date-time */
                dueAt: string;
              } | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/complaint-cases/{id}/correction": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Corregir la tipificación mientras la instrucción de cierre no se haya enviado: todo se recalcula */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            stateCode: string;
            motiveCode: string;
            /** @description Campos que pide el motivo */
            fields?: {
              [key: string]: unknown;
            };
            /** @description La observación tras la última edición; sin ella, la generada */
            note?: string | null;
            expectedVersion: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              dispositionId: string;
              seq: number;
              version: number;
              status: "open" | "pending" | "finished";
              instruction: {
                /** Format: uuid */
                id: string;
                version: number;
                /** Format: date-time */
                dueAt: string;
              } | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/closing-instructions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Instrucciones de cierre para el sistema de facturación, la más urgente primero
     * @description Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).
     */
    get: {
      parameters: {
        query?: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign?: string;
          status?: "ready" | "queued" | "sent" | "failed" | "superseded" | "live";
          /** @description Solo las vencidas sin confirmar (lista, enviada o rechazada) */
          overdue?: boolean;
          limit?: number;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  items: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    caseId: string;
                    instructionVersion: number;
                    campaign: string;
                    complaintNumber: string;
                    customerName: string;
                    serviceNumber: string;
                    stateCode: string;
                    motiveCode: string;
                    action: "ATENDIDO" | "ANULADO";
                    /** Format: date-time */
                    dueAt: string;
                    note: string;
                    status: "ready" | "queued" | "sent" | "failed" | "superseded";
                    isOverdue: boolean;
                    billingReference: string | null;
                    decidedByName: string | null;
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    queuedAt: string | null;
                    /** Format: date-time */
                    sentAt: string | null;
                  }[];
                  /** @description Filas que cumplen el filtro, en todas las páginas */
                  total: number;
                  page: number;
                  pageSize: number;
                }
              | {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  caseId: string;
                  instructionVersion: number;
                  campaign: string;
                  complaintNumber: string;
                  customerName: string;
                  serviceNumber: string;
                  stateCode: string;
                  motiveCode: string;
                  action: "ATENDIDO" | "ANULADO";
                  /** Format: date-time */
                  dueAt: string;
                  note: string;
                  status: "ready" | "queued" | "sent" | "failed" | "superseded";
                  isOverdue: boolean;
                  billingReference: string | null;
                  decidedByName: string | null;
                  /** Format: date-time */
                  createdAt: string;
                  /** Format: date-time */
                  queuedAt: string | null;
                  /** Format: date-time */
                  sentAt: string | null;
                }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/closing-instructions/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exportar instrucciones de cierre como .xlsx o .csv (número de queja, acción, fecha límite, observación…) */
    get: {
      parameters: {
        query?: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign?: string;
          status?: "ready" | "queued" | "sent" | "failed" | "superseded" | "live";
          /** @description Solo las vencidas sin confirmar (lista, enviada o rechazada) */
          overdue?: boolean;
          format?: "xlsx" | "csv";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/closing-instructions/send": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enviar al sistema de facturación las instrucciones listas (las nombradas, o todas las de una campaña) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            ids?: string[];
            /** @description La campaña (ámbito de su catálogo) */
            campaign?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              queued: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                instructionVersion: number;
                campaign: string;
                complaintNumber: string;
                customerName: string;
                serviceNumber: string;
                stateCode: string;
                motiveCode: string;
                action: "ATENDIDO" | "ANULADO";
                /** Format: date-time */
                dueAt: string;
                note: string;
                status: "ready" | "queued" | "sent" | "failed" | "superseded";
                isOverdue: boolean;
                billingReference: string | null;
                decidedByName: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                queuedAt: string | null;
                /** Format: date-time */
                sentAt: string | null;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}/catalog.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exportar el catálogo de la campaña (estados, motivos, campos, beneficios y ajustes) como .xlsx */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Importar el catálogo de la campaña desde .xlsx (multipart, campo «file»): publica una versión nueva de lo que cambió */
    post: {
      parameters: {
        query?: {
          note?: string;
        };
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              dispositions: {
                version: number;
                published: boolean;
              };
              benefits: {
                scope: string;
                version: number;
                published: boolean;
              };
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campañas del operador (cada una es un catálogo de tipificaciones) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              name: string;
              catalogVersion: number;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una campaña con sus estados, motivos, campos y beneficios vigentes (el formulario de tipificación) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              name: string;
              description: string | null;
              catalogVersion: number;
              notes: {
                company: string;
                maxLength: number;
              };
              contactPolicy: {
                maxUnansweredAttempts: number;
                retryAfter: {
                  /** @description Cantidad de la unidad; 0 para «en el día» */
                  amount: number;
                  /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                  unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                };
                noAnswer: {
                  state: string;
                  motive: string;
                };
                handOff: {
                  state: string;
                  motive: string;
                };
              };
              callbacks: {
                returnToPoolAfterMinutes: number;
              };
              queues: {
                code: string;
                label: string;
              }[];
              states: {
                code: string;
                label: string;
                type: string;
                outcome: string | null;
                queue: string | null;
                unavailableReason: string | null;
                motives: {
                  code: string;
                  label: string;
                  group: string | null;
                  closing: {
                    action: string;
                    deadline: {
                      /** @description Cantidad de la unidad; 0 para «en el día» */
                      amount: number;
                      /** @description business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj */
                      unit: "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day";
                    };
                  } | null;
                  fields: {
                    /** @description minúsculas_con_guiones_bajos */
                    code: string;
                    label: string;
                    type: "text" | "phone" | "number" | "date" | "callback" | "choice" | "benefit";
                    required: boolean;
                    hint?: string;
                    maxLength?: number;
                    min?: number;
                    max?: number;
                    options?: string[];
                    benefitKind?: "discount" | "suspension";
                    benefitCost?: "with" | "without";
                    /** @description minúsculas_con_guiones_bajos */
                    after?: string;
                  }[];
                  maxNoteLength: number;
                  /** @description Lo registra el sistema al anotar intentos sin respuesta */
                  isAutomatic: boolean;
                }[];
              }[];
              benefits: {
                scope: string;
                version: number;
                firstMonth: string;
                items: {
                  /** @description MAYÚSCULAS_CON_GUIONES_BAJOS */
                  code: string;
                  label: string;
                  kind: "discount" | "suspension";
                  percentage?: number;
                  months?: number[];
                  durationMonths?: number;
                  cost?: {
                    amount: number;
                    currency: string;
                    plusTax: boolean;
                  } | null;
                  retired?: boolean;
                }[];
              } | null;
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}/aging": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Antigüedad de lo pendiente ahora: los casos abiertos de la campaña por días desde la queja, en total y por asesor (o en el grupo) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              grain: "total" | "advisor" | "day";
              advisorId: string | null;
              advisorName: string | null;
              /** @description AAAA-MM-DD, día del operador */
              day: string | null;
              cases: number;
              pending: number;
              buckets: {
                underOneDay: number;
                oneToThree: number;
                threeToFive: number;
                overFive: number;
              };
              pendingClosingBreached: number;
              oldestDays: number;
            }[];
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campaigns/{campaign}/indicators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicadores de la campaña: estados finales, tasa de retención, intentos por caso, cumplimiento del plazo de cierre (total, por asesor y por día) y antigüedad de lo pendiente */
    get: {
      parameters: {
        query?: {
          /** @description Primer día (AAAA-MM-DD); por defecto 30 días atrás */
          from?: string;
          /** @description Último día, incluido; por defecto hoy */
          to?: string;
        };
        header?: never;
        path: {
          /** @description La campaña (ámbito de su catálogo) */
          campaign: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              campaign: string;
              campaignName: string;
              from: string;
              to: string;
              timezone: string;
              finalStates: {
                grain: "total" | "advisor" | "day";
                advisorId: string | null;
                advisorName: string | null;
                /** @description AAAA-MM-DD, día del operador */
                day: string | null;
                stateCode: string;
                stateLabel: string;
                cases: number;
              }[];
              retention: {
                grain: "total" | "advisor" | "day";
                advisorId: string | null;
                advisorName: string | null;
                /** @description AAAA-MM-DD, día del operador */
                day: string | null;
                retained: number;
                lost: number;
                unreached: number;
                notApplicable: number;
                /** @description 0 a 1; null si no hay casos que medir */
                rate: number | null;
                /** @description 0 a 1; null si no hay casos que medir */
                rateWithUnreached: number | null;
              }[];
              attempts: {
                grain: "total" | "advisor" | "day";
                advisorId: string | null;
                advisorName: string | null;
                /** @description AAAA-MM-DD, día del operador */
                day: string | null;
                cases: number;
                attempts: number;
                average: number | null;
                distribution: {
                  none: number;
                  one: number;
                  two: number;
                  threeOrMore: number;
                };
              }[];
              compliance: {
                grain: "total" | "advisor" | "day";
                advisorId: string | null;
                advisorName: string | null;
                /** @description AAAA-MM-DD, día del operador */
                day: string | null;
                instructions: number;
                met: number;
                late: number;
                overdue: number;
                inTime: number;
                /** @description 0 a 1; null si no hay casos que medir */
                rate: number | null;
              }[];
              aging: {
                grain: "total" | "advisor" | "day";
                advisorId: string | null;
                advisorName: string | null;
                /** @description AAAA-MM-DD, día del operador */
                day: string | null;
                cases: number;
                pending: number;
                buckets: {
                  underOneDay: number;
                  oneToThree: number;
                  threeToFive: number;
                  overFive: number;
                };
                pendingClosingBreached: number;
                oldestDays: number;
              }[];
            };
          };
        };
        /** @description Error en formato application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
        /** @description Error en formato application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Error en formato application/problem+json */
    Problem: {
      type: string;
      title: string;
      status: number;
      code: string;
      detail?: string;
      field?: string;
      row?: number;
      instance?: string;
      requestId?: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
