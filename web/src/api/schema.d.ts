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
    /** Usuarios del operador, por páginas */
    get: {
      parameters: {
        query?: {
          /** @description Parte del nombre o del correo */
          q?: string;
          active?: boolean;
          role?: string;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?: "fullName" | "-fullName" | "email" | "-email" | "lastLoginAt" | "-lastLoginAt";
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
              items: {
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
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
  "/api/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Cambiar el nombre y los roles de un usuario */
    patch: {
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
            fullName: string;
            roles: string[];
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
    trace?: never;
  };
  "/api/users/{id}/deactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Desactivar un usuario (cierra sus sesiones; sus tokens dejan de servir) */
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
  "/api/users/{id}/activate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivar un usuario desactivado */
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
  "/api/users/{id}/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restablecer la contraseña de un usuario (cierra sus sesiones y quita el bloqueo) */
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
    /** Importaciones del operador, por páginas, la más reciente primero */
    get: {
      parameters: {
        query?: {
          /** @description customers (clientes), products (productos), claims (reclamos), billing (facturación), complaints (quejas)… */
          kind?:
            | "customers"
            | "products"
            | "claims"
            | "billing"
            | "complaints"
            | "adjustments"
            | "suppressed_numbers"
            | "contact_lists"
            | "service_requests"
            | "surveys"
            | "rosters"
            | "staff_movements";
          status?: "staged" | "rejected" | "committed" | "discarded";
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?: "createdAt" | "-createdAt" | "fileName" | "-fileName" | "totalRows" | "-totalRows";
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
              items: {
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
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
    /**
     * Cargar un archivo .xlsx o .csv (multipart, campo «file»): se valida fila por fila y queda en borrador
     * @description Responde 201 con la importación en estado staged (lista para confirmar), 200 con alreadyImported: true y la importación anterior si el archivo ya se importó (no se escribe nada), o 422 si el archivo tiene errores (la importación queda rejected y sus errores en GET /api/imports/:id). El progreso llega por /api/stream como import.progress.
     */
    post: {
      parameters: {
        query: {
          /** @description customers (clientes), products (productos), claims (reclamos), billing (facturación)… Las quejas de una campaña se cargan por /api/complaints/imports */
          kind:
            | "customers"
            | "products"
            | "claims"
            | "billing"
            | "adjustments"
            | "suppressed_numbers"
            | "contact_lists"
            | "service_requests"
            | "surveys"
            | "rosters"
            | "staff_movements";
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
          kind:
            | "customers"
            | "products"
            | "claims"
            | "billing"
            | "complaints"
            | "adjustments"
            | "suppressed_numbers"
            | "contact_lists"
            | "service_requests"
            | "surveys"
            | "rosters"
            | "staff_movements";
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
          adapter?: "billing" | "field_service" | "provisioning" | "authority";
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
          adapter: "billing" | "field_service" | "provisioning" | "authority";
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
                  /** @description La razón de la rama como código con sus parámetros, para mostrarla en el idioma de la persona */
                  why: {
                    code: "repeated_damage" | "no_repeated_damage";
                    serviceNumber: string | null;
                    claims: {
                      code: string;
                      openedOn: string;
                    }[];
                    openClaims: number;
                    windowDays: number;
                    minClaims: number;
                  };
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
                    refusal: {
                      code:
                        | "retired"
                        | "not_for_repeated_damage"
                        | "only_repeated_damage"
                        | "customer_flags"
                        | "needs_product"
                        | "product_inactive"
                        | "product_kind"
                        | "technology";
                      offer: string;
                      flags?: string[];
                      serviceNumber?: string;
                      expected?: string[];
                      actual?: string;
                    } | null;
                  }[];
                }[];
                steps: {
                  /** @description Código del procedimiento: con step, la clave del nombre del paso */
                  procedure: string;
                  step: string;
                  /** @description Nombre del paso en español */
                  label: string;
                  seedStep?: string;
                  allowed: boolean;
                  /** @description Por qué no, en español */
                  reason: string | null;
                  /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                  refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                  /** @description Roles que realizan el paso */
                  roles: string[];
                  /** @description Estado del caso cuando se explicó el paso */
                  state: string;
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
  "/api/work-orders/{id}/photos": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fotos de evidencia de una orden, la más antigua primero (sin sus bytes) */
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
              mediaType: "image/jpeg" | "image/png" | "image/webp";
              byteSize: number;
              uploadedByName: string | null;
              /** Format: date-time */
              uploadedAt: string;
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
    /** Adjuntar una foto de evidencia (multipart, campo «file»): JPEG, PNG o WebP de hasta 8 MB, antes del cierre */
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
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              mediaType: "image/jpeg" | "image/png" | "image/webp";
              byteSize: number;
              uploadedByName: string | null;
              /** Format: date-time */
              uploadedAt: string;
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
  "/api/work-orders/{id}/photos/{photoId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una foto de evidencia, con su tipo de imagen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          photoId: string;
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
    /** Imprimir órdenes (paso 6): las indicadas (también ya impresas: reimpresión), o todas las abiertas de una actividad u origen; quedan impresas. Devuelve cada hoja con sus tareas */
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
              checklist: {
                code: string;
                name: string;
              }[];
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
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
              grain: "total" | "advisor";
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
  "/api/pqrs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bandeja del área de PQR: silencio administrativo primero, luego la más próxima a vencer; paginada */
    get: {
      parameters: {
        query?: {
          /** @description Estados (por defecto, las que tienen algo pendiente) */
          status?: (
            | "filed"
            | "answered"
            | "closed"
            | "appeal_filed"
            | "reconsideration_decided"
            | "with_authority"
            | "authority_decided"
            | "silence"
            | "silence_granted"
            | "desisted"
          )[];
          customerId?: string;
          /** @description Solo las en riesgo o vencidas */
          atRisk?: boolean;
          /** @description CUN, cliente o lo pedido */
          q?: string;
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?:
            | "number"
            | "-number"
            | "cun"
            | "-cun"
            | "type"
            | "-type"
            | "customerName"
            | "-customerName"
            | "status"
            | "-status"
            | "dueOn"
            | "-dueOn";
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
              items: {
                /** Format: uuid */
                id: string;
                number: number;
                cun: string;
                type: "petition" | "complaint" | "appeal";
                status:
                  | "filed"
                  | "answered"
                  | "closed"
                  | "appeal_filed"
                  | "reconsideration_decided"
                  | "with_authority"
                  | "authority_decided"
                  | "silence"
                  | "silence_granted"
                  | "desisted";
                statusLabel: string;
                /** Format: uuid */
                customerId: string;
                customerName: string;
                subject: string;
                amountInDispute: string | null;
                /** Format: date-time */
                filedAt: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                atRiskOn: string;
                clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
                isSilence: boolean;
                origin: string;
              }[];
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
    /** Radicar una PQR (petición, queja o recurso): se emite su CUN y empieza el plazo de respuesta */
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
            type: "petition" | "complaint" | "appeal";
            /** Format: uuid */
            customerId: string;
            /** Format: uuid */
            productId?: string | null;
            subject: string;
            description?: string;
            amountInDispute?: string | null;
            filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
            responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
            responseAddress?: string;
            evidence?: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            }[];
            cun?: string | null;
            origin?: string;
            originReference?: string | null;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/clock-preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El tiempo de respuesta que el asesor informa al cliente si radica ahora (día límite en días hábiles) */
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
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              answerBusinessDays: number;
              authorityName: string;
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
  "/api/pqrs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una PQR: CUN, plazos, respuesta, recurso, archivos y los pasos posibles */
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/files/{fileId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Descargar un archivo de la PQR (soporte, prueba de notificación, decisión) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
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
  "/api/pqrs/{id}/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Responder la PQR y registrar su notificación con la prueba */
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
            outcome: "granted" | "partially_granted" | "denied";
            answerText: string;
            notificationChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
            /** Format: date-time */
            notifiedAt?: string;
            notificationProof: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            } | null;
            answerFile?: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            } | null;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/appeal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Interponer recurso de reposición (y en subsidio apelación) dentro del plazo; conserva el CUN */
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
            kind: "reconsideration" | "with_subsidiary";
            grounds: string;
            filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
            evidence?: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            }[];
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/reconsideration-decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decidir el recurso de reposición */
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
            decision: "reversed" | "partially_reversed" | "upheld";
            decisionText: string;
            decisionFile?: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            } | null;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/forward": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enviar el expediente completo a la autoridad (SIC) para la apelación */
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
            authorityReference?: string;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/authority-decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar la decisión de la autoridad sobre la apelación */
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
            decision: "confirmed" | "revoked" | "modified";
            decisionText: string;
            /**
             * Format: date
             * @description Fecha local del operador (AAAA-MM-DD)
             */
            decidedOn: string;
            authorityReference?: string | null;
            decisionFile?: {
              fileName: string;
              mediaType: string;
              /** @description El contenido del archivo en base64 */
              contentBase64: string;
            } | null;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/grant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Conceder lo pedido tras el silencio administrativo positivo */
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
            note: string;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqrs/{id}/desist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar que el cliente desiste de la PQR (quién y cuándo) */
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
            note: string;
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
              cun: string;
              type: "petition" | "complaint" | "appeal";
              status:
                | "filed"
                | "answered"
                | "closed"
                | "appeal_filed"
                | "reconsideration_decided"
                | "with_authority"
                | "authority_decided"
                | "silence"
                | "silence_granted"
                | "desisted";
              statusLabel: string;
              /** Format: uuid */
              customerId: string;
              customerName: string;
              subject: string;
              amountInDispute: string | null;
              /** Format: date-time */
              filedAt: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              dueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              atRiskOn: string;
              clockStatus: "on_time" | "at_risk" | "past_due" | "stopped";
              isSilence: boolean;
              origin: string;
              /** Format: uuid */
              productId: string | null;
              serviceNumber: string | null;
              description: string;
              filingChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
              responseAddress: string;
              originReference: string | null;
              filedByName: string | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              receivedOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerDueOn: string;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              answerAtRiskOn: string;
              clock: {
                country: string;
                version: number;
                basis: string;
                verified: boolean;
                answerBusinessDays: number;
                appealBusinessDays: number;
                silenceGrantHours: number;
                authorityCode: string;
                authorityName: string;
              };
              answer: {
                outcome: "granted" | "partially_granted" | "denied";
                text: string;
                /** Format: date-time */
                answeredAt: string;
                answeredByName: string | null;
                /** Format: date-time */
                notifiedAt: string;
                notificationChannel: string;
              } | null;
              /**
               * Format: date
               * @description Fecha local del operador (AAAA-MM-DD)
               */
              appealWindowEndsOn: string | null;
              appeal: {
                kind: "reconsideration" | "with_subsidiary";
                grounds: string;
                /** Format: date-time */
                filedAt: string;
                filedByName: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                receivedOn: string;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                dueOn: string;
                decision: ("reversed" | "partially_reversed" | "upheld") | (never | null);
                decisionText: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                authority: string | null;
                /** Format: date-time */
                forwardedAt: string | null;
                authorityReference: string | null;
                authorityDecision: ("confirmed" | "revoked" | "modified") | (never | null);
                authorityDecisionText: string | null;
                /**
                 * Format: date
                 * @description Fecha local del operador (AAAA-MM-DD)
                 */
                authorityDecidedOn: string | null;
              } | null;
              silence: {
                /** Format: date-time */
                flaggedAt: string;
                stage: "answer" | "reconsideration";
                /** Format: date-time */
                grantDueAt: string | null;
                /** Format: date-time */
                grantedAt: string | null;
                grantNote: string | null;
              } | null;
              desisted: {
                /** Format: date-time */
                at: string;
                byName: string | null;
                note: string;
              } | null;
              files: {
                /** Format: uuid */
                id: string;
                kind: "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/pqr-cun-range": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El rango de CUN asignado por la autoridad y cuántos quedan */
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
              prefix: string;
              firstNumber: number;
              lastNumber: number;
              nextNumber: number;
              width: number;
              pattern: string;
              basis: string;
              remaining: number;
              firstCun: string;
              lastCun: string;
              /** Format: date-time */
              updatedAt: string;
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
    /** Configurar el rango de CUN asignado por la autoridad y su formato */
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
            prefix?: string;
            firstNumber: number;
            lastNumber: number;
            width?: number;
            pattern?: string;
            basis?: string;
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
              prefix: string;
              firstNumber: number;
              lastNumber: number;
              nextNumber: number;
              width: number;
              pattern: string;
              basis: string;
              remaining: number;
              firstCun: string;
              lastCun: string;
              /** Format: date-time */
              updatedAt: string;
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
  "/api/adjustments/causes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Causales de ajuste (A–M) con sus soportes y su política */
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
              version: number;
              pqrQueue: string;
              causes: {
                code: string;
                name: string;
                policy: string;
                requiredEvidence: {
                  code: string;
                  label: string;
                }[];
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
  "/api/adjustments/cuts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bases de ajustes por fecha de corte, con su avance */
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
              cutDate: string;
              total: number;
              open: number;
              done: number;
              byStatus: {
                [key: string]: number;
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
  "/api/adjustments/cuts/{cutDate}/rows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Filas de una base de ajustes, por páginas, filtradas por estado, causal y asesor */
    get: {
      parameters: {
        query?: {
          status?:
            | "received"
            | "escalated_pqr"
            | "sent_to_backoffice"
            | "rejected"
            | "rejected_rightly"
            | "approved"
            | "informed"
            | "appealed";
          cause?: string;
          agent?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          /** @description Fecha de corte AAAA-MM-DD */
          cutDate: string;
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
              items: {
                /** Format: uuid */
                id: string;
                cutDate: string;
                filingNumber: string;
                account: string;
                customerName: string;
                cause: string;
                status:
                  | "received"
                  | "escalated_pqr"
                  | "sent_to_backoffice"
                  | "rejected"
                  | "rejected_rightly"
                  | "approved"
                  | "informed"
                  | "appealed";
                statusLabel: string;
                decision: ("approved" | "rejected") | (never | null);
                reescalations: number;
                requestedAmount: number;
                appliedAmount: number | null;
                radicado: string | null;
                /** Format: uuid */
                agentUserId?: string;
                agentName: string;
                pqrCun?: string | null;
                outcome?: string | null;
              }[];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/adjustments/rows/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un ajuste: la base, la causal, su PQR, respuestas, contactos y próximos pasos */
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/rows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agregar una fila a la base de un corte (como una fila del archivo ajustes_<fecha de corte>) */
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
            /** Format: date */
            cutDate: string;
            filingNumber: string;
            account: string;
            cause: string;
            baseStatus?: string;
            baseDecision?: string;
            radicado?: string;
            agentEmail: string;
            requestedAmount: number;
            appliedAmount?: number;
            evidence?: string[];
            note?: string;
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/rows/{id}/validate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Validar la causal contra la política: sin soportes se escala al área de PQR; si no, se envía al back de ajustes */
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
            evidenceChecked?: string[];
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/rows/{id}/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Respuesta del back de ajustes: aprobado (radicado y valor aplicado) o rechazado (motivo) */
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
            decision: "approved" | "rejected";
            reason?: string;
            radicado?: string;
            appliedAmount?: number;
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/rows/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revisar un rechazo: bien rechazado (se informa al cliente) o mal rechazado (se reescala con nueva marcación) */
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
            review: "rightly" | "wrongly";
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/rows/{id}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrar un intento de contacto: informado, recurso si no acepta, o mensaje de voz si no se localiza */
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
            result: "answered" | "no_answer" | "busy" | "wrong_number";
            customerAccepts?: boolean;
            appealType?: "reposicion" | "subsidio_apelacion";
            leaveVoicemail?: boolean;
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
              cutDate: string;
              filingNumber: string;
              account: string;
              customerName: string;
              cause: string;
              status:
                | "received"
                | "escalated_pqr"
                | "sent_to_backoffice"
                | "rejected"
                | "rejected_rightly"
                | "approved"
                | "informed"
                | "appealed";
              statusLabel: string;
              decision: ("approved" | "rejected") | (never | null);
              reescalations: number;
              requestedAmount: number;
              appliedAmount: number | null;
              radicado: string | null;
              /** Format: uuid */
              agentUserId?: string;
              agentName: string;
              pqrCun?: string | null;
              outcome?: string | null;
              /** Format: uuid */
              customerId: string;
              customerPhone: string | null;
              causeName: string;
              causePolicy: string;
              requiredEvidence: {
                code: string;
                label: string;
                present: boolean;
              }[];
              baseStatus: string | null;
              baseDecision: string | null;
              evidence: string[];
              note: string | null;
              rejectionReason: string | null;
              missingEvidence: string[];
              rightlyRejected: boolean;
              pqrId: string | null;
              appealPqrId: string | null;
              appealType: string | null;
              creditSent: boolean;
              version: number;
              pqr: unknown | (never | null);
              appeal: unknown | (never | null);
              answers: {
                seq: number;
                decision: "approved" | "rejected";
                reason: string | null;
                radicado: string | null;
                appliedAmount: number | null;
                answeredBy: string | null;
                /** Format: date-time */
                answeredAt: string;
                review: ("rightly" | "wrongly") | (never | null);
                reviewNote: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
              }[];
              contacts: {
                seq: number;
                /** Format: date-time */
                attemptedAt: string;
                dialledNumber: string | null;
                result: string;
                customerAccepts: boolean | null;
                voicemailMessage: string | null;
                voicemailReference: string | null;
                note: string | null;
                recordedBy: string | null;
              }[];
              steps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/adjustments/bulk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acción en bloque sobre varias filas (validar); cada fila en su propia transacción, con su resultado */
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
            /** @enum {string} */
            action: "validate";
            ids: string[];
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
              done: number;
              results: {
                /** Format: uuid */
                id: string;
                ok: boolean;
                status: string | null;
                error: string | null;
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
  "/api/adjustments/cuts/{cutDate}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El resultado del corte como .xlsx, en el orden de columnas del operador y luego las de la célula */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Fecha de corte AAAA-MM-DD */
          cutDate: string;
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
  "/api/adjustments/cuts/{cutDate}/credit-lines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enviar al sistema de facturación las notas crédito de los ajustes aprobados del corte */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Fecha de corte AAAA-MM-DD */
          cutDate: string;
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
              cutDate: string;
              sent: number;
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
  "/api/adjustments/feedback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La retroalimentación de una semana: quién firmó su compromiso y quién no */
    get: {
      parameters: {
        query: {
          /** @description Fecha de corte AAAA-MM-DD */
          week: string;
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
              weekStart: string;
              items: {
                /** Format: uuid */
                id: string;
                weekStart: string;
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
                rank: number;
                rejections: number;
                topCauses: string[];
                commitment: string | null;
                /** Format: date-time */
                signedAt: string | null;
                isSigned: boolean;
              }[];
              unsigned: {
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
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
    /** Generar la retroalimentación de una semana: top 5 de asesores por rechazos con sus causales más frecuentes */
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
            /**
             * Format: date
             * @description Fecha de corte AAAA-MM-DD
             */
            week: string;
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
              weekStart: string;
              items: {
                /** Format: uuid */
                id: string;
                weekStart: string;
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
                rank: number;
                rejections: number;
                topCauses: string[];
                commitment: string | null;
                /** Format: date-time */
                signedAt: string | null;
                isSigned: boolean;
              }[];
              unsigned: {
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
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
  "/api/adjustments/my/feedback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mis retroalimentaciones semanales */
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
              weekStart: string;
              /** Format: uuid */
              agentUserId: string;
              agentName: string;
              rank: number;
              rejections: number;
              topCauses: string[];
              commitment: string | null;
              /** Format: date-time */
              signedAt: string | null;
              isSigned: boolean;
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
  "/api/adjustments/feedback/{id}/sign": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Firmar el compromiso de mejoramiento y el «estoy enterado» (solo el asesor retroalimentado) */
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
            commitment: string;
            acknowledged: boolean;
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
              /** Format: date-time */
              signedAt: string;
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
  "/api/adjustments/my/rejections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mis ajustes rechazados por el back de ajustes (confirmados por la célula) */
    get: {
      parameters: {
        query?: {
          page?: number;
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
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                cutDate: string;
                filingNumber: string;
                account: string;
                customerName: string;
                cause: string;
                status:
                  | "received"
                  | "escalated_pqr"
                  | "sent_to_backoffice"
                  | "rejected"
                  | "rejected_rightly"
                  | "approved"
                  | "informed"
                  | "appealed";
                statusLabel: string;
                decision: ("approved" | "rejected") | (never | null);
                reescalations: number;
                requestedAmount: number;
                appliedAmount: number | null;
                radicado: string | null;
                /** Format: uuid */
                agentUserId?: string;
                agentName: string;
                pqrCun?: string | null;
                outcome?: string | null;
              }[];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/contact-policy/blocks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Intentos de contacto bloqueados por la política de contacto, con la regla que los bloqueó */
    get: {
      parameters: {
        query?: {
          campaignId?: string;
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
              items: {
                /** Format: date-time */
                blockedAt: string;
                campaignId: string | null;
                customerId: string | null;
                customerName: string | null;
                phone: string | null;
                channel: string;
                /** @description La regla que bloqueó el intento (p. ej. outside_hours, daily_contact, rne) */
                rule: string;
                message: string;
                policyScope: string;
                policyVersion: number;
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
  "/api/outbound/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campañas de salida del operador */
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
              items: {
                id: string;
                code: string;
                name: string;
                policyScope: string;
                pacingMode: string;
                dialLevel: number;
                isActive: boolean;
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
    /** Crear una campaña de salida con su política de contacto (co, ec, bo…) y su modo de marcación; sus bases se cargan por /api/imports?kind=contact_lists */
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
            name: string;
            /** @description Preset de política de contacto: co, ec, bo… */
            policyScope: string;
            pacingMode?: "preview" | "progressive" | "predictive";
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
              id: string;
              code: string;
              name: string;
              policyScope: string;
              pacingMode: string;
              dialLevel: number;
              isActive: boolean;
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
  "/api/outbound/campaigns/{id}/records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registros de las bases de una campaña, por prioridad (de un tipo de base si se indica) */
    get: {
      parameters: {
        query?: {
          listType?: string;
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
              items: {
                id: string;
                customerId: string;
                customerCode: string;
                customerName: string;
                listType: string;
                reason: string;
                offers: string[];
                priority: number;
                validFrom: string | null;
                validUntil: string | null;
                status: string;
                attempts: number;
                phones: {
                  phone: string;
                  kind: string;
                  position: number;
                }[];
                closure: string | null;
                callbackAt: string | null;
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
  "/api/outbound/escalated-visits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visitas técnicas escaladas al back office (la agenda no tenía cupo): abiertas por defecto, la más antigua primero, con el cliente, el teléfono, la zona, el motivo, quién la escaló y los días de espera; o las ya agendadas o cerradas */
    get: {
      parameters: {
        query?: {
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          sort?:
            | "escalatedAt"
            | "-escalatedAt"
            | "customerName"
            | "-customerName"
            | "zone"
            | "-zone"
            | "resolvedAt"
            | "-resolvedAt";
          status?: "booked" | "escalated" | "closed";
          zone?: string;
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
              items: {
                id: string;
                customerId: string;
                customerCode: string;
                customerName: string;
                phone: string;
                zone: string;
                reason: string;
                status: "booked" | "escalated" | "closed";
                /** Format: date-time */
                escalatedAt: string;
                /** @description El asesor que escaló la visita */
                escalatedBy: string;
                /** @description Días completos de espera: hasta la resolución, o hasta hoy si sigue abierta */
                daysWaiting: number;
                resolution: ("booked" | "closed") | (never | null);
                /** Format: date-time */
                resolvedAt: string | null;
                resolvedBy: string | null;
                closeReason:
                  | (
                      | "customer_desisted"
                      | "not_attributable"
                      | "solved_without_visit"
                      | "customer_unreachable"
                      | "duplicate_request"
                    )
                  | (never | null);
                note: string | null;
                /** Format: date-time */
                slotStartsAt: string | null;
                /** Format: date-time */
                slotEndsAt: string | null;
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
              total: number;
              page: number;
              pageSize: number;
              /** @description Zonas con visitas escaladas abiertas, para el filtro */
              zones: string[];
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
  "/api/outbound/escalated-visits/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una visita escalada: el cliente, la zona, el motivo, quién la escaló y cómo se resolvió */
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
              id: string;
              customerId: string;
              customerCode: string;
              customerName: string;
              phone: string;
              zone: string;
              reason: string;
              status: "booked" | "escalated" | "closed";
              /** Format: date-time */
              escalatedAt: string;
              /** @description El asesor que escaló la visita */
              escalatedBy: string;
              /** @description Días completos de espera: hasta la resolución, o hasta hoy si sigue abierta */
              daysWaiting: number;
              resolution: ("booked" | "closed") | (never | null);
              /** Format: date-time */
              resolvedAt: string | null;
              resolvedBy: string | null;
              closeReason:
                | (
                    | "customer_desisted"
                    | "not_attributable"
                    | "solved_without_visit"
                    | "customer_unreachable"
                    | "duplicate_request"
                  )
                | (never | null);
              note: string | null;
              /** Format: date-time */
              slotStartsAt: string | null;
              /** Format: date-time */
              slotEndsAt: string | null;
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
  "/api/outbound/escalated-visits/{id}/slots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Franjas de la agenda de técnicos con cupo en la zona de la visita escalada, en los próximos 30 días (las 50 más próximas) */
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
              id: string;
              zone: string;
              startsAt: string;
              endsAt: string;
              capacity: number;
              free: number;
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
  "/api/outbound/escalated-visits/{id}/resolve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolver una visita escalada: agendarla en una franja con cupo de su zona, o cerrarla sin agendar con un motivo (el cliente desiste, falla no atribuible, …). Una visita ya resuelta no se resuelve de nuevo */
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
            outcome: "booked" | "closed";
            /** Format: uuid */
            slotId?: string | null;
            closeReason?:
              | ("customer_desisted" | "not_attributable" | "solved_without_visit" | "customer_unreachable" | "duplicate_request")
              | (never | null);
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
              id: string;
              customerId: string;
              customerCode: string;
              customerName: string;
              phone: string;
              zone: string;
              reason: string;
              status: "booked" | "escalated" | "closed";
              /** Format: date-time */
              escalatedAt: string;
              /** @description El asesor que escaló la visita */
              escalatedBy: string;
              /** @description Días completos de espera: hasta la resolución, o hasta hoy si sigue abierta */
              daysWaiting: number;
              resolution: ("booked" | "closed") | (never | null);
              /** Format: date-time */
              resolvedAt: string | null;
              resolvedBy: string | null;
              closeReason:
                | (
                    | "customer_desisted"
                    | "not_attributable"
                    | "solved_without_visit"
                    | "customer_unreachable"
                    | "duplicate_request"
                  )
                | (never | null);
              note: string | null;
              /** Format: date-time */
              slotStartsAt: string | null;
              /** Format: date-time */
              slotEndsAt: string | null;
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
  "/api/outbound/agent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Escritorio del asesor: su estado, la llamada en curso con el cliente, lo que dice la base y sus ofertas, tipificaciones, motivos de pausa y devoluciones de llamada pendientes */
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
              agent: {
                campaignId: string;
                state: string;
                pauseReason: string | null;
                stateSince: string;
              } | null;
              campaigns: {
                id: string;
                code: string;
                name: string;
                pacingMode: string;
              }[];
              pauseReasons: {
                code: string;
                name: string;
                maxMinutes: number;
              }[];
              guides: {
                guides: {
                  code: string;
                  name: string;
                  steps: {
                    code: string;
                    question: string;
                    options: string[];
                    escalateOn?: {
                      [key: string]: string;
                    };
                  }[];
                }[];
                escalations: {
                  code: string;
                  name: string;
                }[];
              };
              dispositionTree: {
                code: string;
                name: string;
                dispositions: {
                  code: string;
                  name: string;
                  resolution: string;
                }[];
              }[];
              call: {
                id: string;
                status: string;
                phone: string;
                answeredAt: string | null;
                bridgedAt: string | null;
              } | null;
              record: {
                id: string;
                customerId: string;
                customerCode: string;
                customerName: string;
                listType: string;
                listTypeName: string;
                listTypeDescription: string;
                reason: string;
                offers: string[];
                priority: number;
                validFrom: string | null;
                validUntil: string | null;
                status: string;
                attempts: number;
                phones: {
                  phone: string;
                  kind: string;
                  position: number;
                }[];
                closure: string | null;
                callbackAt: string | null;
              } | null;
              callbacks: {
                recordId: string;
                customerId: string;
                customerName: string;
                callbackAt: string;
                listType: string;
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
  "/api/outbound/agent/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Modo vista previa: los registros de la campaña del asesor que puede marcar ahora (primero sus devoluciones de llamada vencidas), paginados */
    get: {
      parameters: {
        query?: {
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
            "application/json": {
              items: {
                recordId: string;
                customerId: string;
                customerName: string;
                listType: string;
                reason: string;
                priority: number;
                attempts: number;
                lastOutcome: string | null;
                callbackAt: string | null;
                isMyCallback: boolean;
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/outbound/records/{id}/dial": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marcar este registro (modo vista previa, o la devolución de llamada propia): se revisa la política de contacto y la llamada llega al asesor al contestar */
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
              placed: boolean;
              callId: string | null;
              rule: string | null;
              message: string | null;
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
  "/api/outbound/agent/state": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Cambiar el estado del asesor en una campaña: disponible, en pausa (con motivo) o desconectado */
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
            /** Format: uuid */
            campaignId: string;
            state: "ready" | "paused" | "offline";
            pauseReason?: string | null;
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
  "/api/outbound/calls/{id}/hangup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Colgar la llamada en curso del asesor (queda en tipificación) */
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
  "/api/outbound/calls/{id}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tipificar y cerrar la llamada: tipificación, solución en primer contacto o número de caso (CUN), notas, respuestas del soporte guiado y de los ofrecimientos, cierre (cerrado o seguimiento con fecha de devolución de llamada) y siguiente estado */
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
            dispositionCode: string;
            resolution: "first_contact" | "case";
            caseNumber?: string | null;
            notes: string;
            support?: {
              guide: string;
              step: string;
              answer: string;
            }[];
            offers?: {
              offer: string;
              accepted: boolean;
            }[];
            closure: "closed" | "follow_up";
            /** Format: date-time */
            callbackAt?: string | null;
            followUpArea?: "support" | "visits" | "pqr" | "escalations" | (never | null);
            next: "ready" | "paused";
            pauseReason?: string | null;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/outbound/calls/{id}/pqr": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Radicar una PQR del cliente de la llamada (paso 5): se emite su CUN y se informa la fecha límite de respuesta y el canal escogido */
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
            type: "petition" | "complaint" | "appeal";
            subject: string;
            description?: string;
            amountInDispute?: string | null;
            responseChannel: "phone" | "in_person" | "web" | "email" | "chat" | "app" | "social_media" | "written";
            responseAddress?: string;
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
              pqrId: string;
              cun: string;
              receivedOn: string;
              dueOn: string;
              responseChannel: string;
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
  "/api/outbound/calls/{id}/visit-slots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Franjas de la agenda de técnicos con cupo en la zona, en los próximos 14 días (las 20 más próximas), para agendar la visita con el cliente de la llamada */
    get: {
      parameters: {
        query: {
          zone: string;
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
              id: string;
              zone: string;
              startsAt: string;
              endsAt: string;
              capacity: number;
              free: number;
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
  "/api/outbound/calls/{id}/visit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agendar la visita técnica del cliente de la llamada en una franja de la agenda, o escalarla al back office cuando no hay cupo (paso 4) */
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
            zone: string;
            /** Format: uuid */
            slotId: string | null;
            reason: string;
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
              status: string;
              zone: string;
              startsAt: string | null;
              endsAt: string | null;
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
  "/api/outbound/visit-slots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Abrir una franja de la agenda de técnicos (zona, inicio, fin y cupo): el simulador de la agenda de campo */
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
            zone: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
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
  "/api/outbound/campaigns/{id}/live": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vista en tiempo real de una campaña: asesores por estado con su tiempo, llamadas timbrando, contestadas y en espera, nivel de marcación, abandono hoy y en 30 días, registros en la tolva, penetración de las bases y bloqueos de la política de contacto */
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
              campaign: {
                id: string;
                code: string;
                name: string;
                pacingMode: string;
              };
              dialLevel: number;
              maxLevel: number;
              targetDropPercent: number;
              agents: {
                userId: string;
                name: string;
                state: string;
                pauseReason: string | null;
                stateSince: string;
                secondsInState: number;
                customerName: string | null;
              }[];
              calls: {
                ringing: number;
                waiting: number;
                onCall: number;
              };
              today: {
                calls: number;
                answered: number;
                drops: number;
                dropPercent: number;
              };
              last24Hours: {
                calls: number;
                answered: number;
                drops: number;
                dropPercent: number;
              };
              last30Days: {
                calls: number;
                answered: number;
                drops: number;
                dropPercent: number;
              };
              hopperDepth: number;
              lists: {
                listType: string;
                status: string;
                records: number;
                attempted: number;
                contacted: number;
              }[];
              blockedToday: {
                [key: string]: number;
              };
              secondsInState: {
                [key: string]: number;
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
  "/api/outbound/campaigns/{id}/dial": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ejecutar ahora una ronda del marcador de la campaña (la misma que corre cada 2 s con el servidor) */
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
              placed: number;
              blocked: number;
              dropped: number;
              level: number;
              lines: number;
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
  "/api/service-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Solicitudes de servicio (instalación, traslado, migración), la más reciente primero */
    get: {
      parameters: {
        query?: {
          status?: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
          zone?: string;
          search?: string;
          limit?: number;
          offset?: number;
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
              requestType: "installation" | "transfer" | "migration";
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              address: string;
              zone: string | null;
              nearestBox: string | null;
              equipment: string | null;
              observation: string;
              sellerName: string;
              advisorName: string;
              source: "keyed" | "import";
              status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
              statusLabel: string;
              detectedBy: ("network" | "coc" | "technician") | (never | null);
              /** Format: date-time */
              probableAt: string | null;
              /** Format: uuid */
              workOrderId: string | null;
              /** Format: date-time */
              annulledAt: string | null;
              annulmentStep: string | null;
              annulmentReason: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /** Format: uuid */
              reentryOf: string | null;
              reentryLate: boolean | null;
              /** Format: date-time */
              createdAt: string;
              customerName: string;
              serviceNumber: string;
              workOrderNumber: number | null;
              workOrderStatus: string | null;
              openTickets: number;
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
    /** Digitar una solicitud de servicio (paso 1) o su re-digitación (19.2), con su orden de trabajo */
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
            requestType: "installation" | "transfer" | "migration";
            /** Format: uuid */
            customerId: string;
            /** Format: uuid */
            productId: string;
            address: string;
            zone?: string | null;
            nearestBox?: string | null;
            equipment?: string | null;
            observation?: string;
            sellerName: string;
            /** Format: uuid */
            reentryOf?: string | null;
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
              requestType: "installation" | "transfer" | "migration";
              /** Format: uuid */
              customerId: string;
              /** Format: uuid */
              productId: string;
              address: string;
              zone: string | null;
              nearestBox: string | null;
              equipment: string | null;
              observation: string;
              sellerName: string;
              advisorName: string;
              source: "keyed" | "import";
              status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
              statusLabel: string;
              detectedBy: ("network" | "coc" | "technician") | (never | null);
              /** Format: date-time */
              probableAt: string | null;
              /** Format: uuid */
              workOrderId: string | null;
              /** Format: date-time */
              annulledAt: string | null;
              annulmentStep: string | null;
              annulmentReason: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /** Format: uuid */
              reentryOf: string | null;
              reentryLate: boolean | null;
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
  "/api/service-requests/board": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tablero de control (paso 5): servicios de ingeniería abiertos y probables anulaciones, por área, equipo y zona */
    get: {
      parameters: {
        query?: {
          area?: "network" | "coc" | "technician" | "zonal" | "zoning";
          team?: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
          zone?: string;
          phase?: "on_time" | "at_risk" | "breached";
          limit?: number;
          offset?: number;
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
              total: {
                open: number;
                atRisk: number;
                breached: number;
                probableAnnulments: number;
              };
              groups: {
                dimension: "area" | "team" | "zone";
                value: string | null;
                open: number;
                atRisk: number;
                breached: number;
              }[];
              tickets: {
                /** Format: uuid */
                id: string;
                number: number;
                /** Format: uuid */
                requestId: string | null;
                requestNumber: number | null;
                kind: "correction" | "reentry" | "report" | "coordination" | "impediment";
                area: "network" | "coc" | "technician" | "zonal" | "zoning";
                seedStep: string;
                team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
                teamName: string;
                observation: string;
                dataRequested: string[];
                sellerName: string | null;
                advisorName: string | null;
                zone: string | null;
                details: {
                  [key: string]: unknown;
                };
                status: "open" | "attended" | "closed";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                atRiskAt: string;
                phase: "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";
                ageMinutes: number;
                /** Format: date-time */
                attendedAt: string | null;
                attendedRole: string | null;
                resolution: string | null;
                openedRole: string;
                /** Format: date-time */
                createdAt: string;
                requestStatus: ("keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled") | (never | null);
                requestType: string | null;
                customerName: string | null;
              }[];
              probable: {
                /** Format: uuid */
                id: string;
                number: number;
                requestType: "installation" | "transfer" | "migration";
                /** Format: uuid */
                customerId: string;
                /** Format: uuid */
                productId: string;
                address: string;
                zone: string | null;
                nearestBox: string | null;
                equipment: string | null;
                observation: string;
                sellerName: string;
                advisorName: string;
                source: "keyed" | "import";
                status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
                statusLabel: string;
                detectedBy: ("network" | "coc" | "technician") | (never | null);
                /** Format: date-time */
                probableAt: string | null;
                /** Format: uuid */
                workOrderId: string | null;
                /** Format: date-time */
                annulledAt: string | null;
                annulmentStep: string | null;
                annulmentReason: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /** Format: uuid */
                reentryOf: string | null;
                reentryLate: boolean | null;
                /** Format: date-time */
                createdAt: string;
                customerName: string;
                serviceNumber: string;
                workOrderNumber: number | null;
                workOrderStatus: string | null;
                openTickets: number;
              }[];
              page: {
                limit: number;
                offset: number;
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
  "/api/service-requests/zone-references.geojson": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zonas, puntos de referencia, calles y cajas aprendidas (3.3) como GeoJSON para la capa del mapa (QGis) */
    get: {
      parameters: {
        query?: {
          zone?: string;
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
              /** @enum {string} */
              type: "FeatureCollection";
              features: unknown[];
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
  "/api/service-requests/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Una solicitud con sus servicios de ingeniería y los pasos que el usuario puede dar */
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
              request: {
                /** Format: uuid */
                id: string;
                number: number;
                requestType: "installation" | "transfer" | "migration";
                /** Format: uuid */
                customerId: string;
                /** Format: uuid */
                productId: string;
                address: string;
                zone: string | null;
                nearestBox: string | null;
                equipment: string | null;
                observation: string;
                sellerName: string;
                advisorName: string;
                source: "keyed" | "import";
                status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
                statusLabel: string;
                detectedBy: ("network" | "coc" | "technician") | (never | null);
                /** Format: date-time */
                probableAt: string | null;
                /** Format: uuid */
                workOrderId: string | null;
                /** Format: date-time */
                annulledAt: string | null;
                annulmentStep: string | null;
                annulmentReason: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /** Format: uuid */
                reentryOf: string | null;
                reentryLate: boolean | null;
                /** Format: date-time */
                createdAt: string;
                customerName: string;
                serviceNumber: string;
                workOrderNumber: number | null;
                workOrderStatus: string | null;
                openTickets: number;
              };
              tickets: {
                /** Format: uuid */
                id: string;
                number: number;
                /** Format: uuid */
                requestId: string | null;
                requestNumber: number | null;
                kind: "correction" | "reentry" | "report" | "coordination" | "impediment";
                area: "network" | "coc" | "technician" | "zonal" | "zoning";
                seedStep: string;
                team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
                teamName: string;
                observation: string;
                dataRequested: string[];
                sellerName: string | null;
                advisorName: string | null;
                zone: string | null;
                details: {
                  [key: string]: unknown;
                };
                status: "open" | "attended" | "closed";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                atRiskAt: string;
                phase: "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";
                ageMinutes: number;
                /** Format: date-time */
                attendedAt: string | null;
                attendedRole: string | null;
                resolution: string | null;
                openedRole: string;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/service-requests/{id}/steps/{step}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dar un paso del procedimiento (detecta, direcciona, asigna, anula…) según el rol */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          step:
            | "network_observe"
            | "network_assign"
            | "network_annul"
            | "coc_route_fix"
            | "coc_annul_for_reentry"
            | "coc_coordinate_annulment"
            | "coc_annul"
            | "coc_redirect_install"
            | "coc_redirect_annul"
            | "technician_report"
            | "technician_to_zonal"
            | "zonal_redirect";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            observation: string;
            team?: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
            dataRequested?: string[];
            details?: {
              [key: string]: string | number | boolean;
            };
            references?: {
              kind: "zone" | "landmark" | "street" | "box";
              name: string;
              zone?: string | null;
              latitude?: number | null;
              longitude?: number | null;
            }[];
            zone?: string | null;
            nearestBox?: string | null;
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
              request: {
                /** Format: uuid */
                id: string;
                number: number;
                requestType: "installation" | "transfer" | "migration";
                /** Format: uuid */
                customerId: string;
                /** Format: uuid */
                productId: string;
                address: string;
                zone: string | null;
                nearestBox: string | null;
                equipment: string | null;
                observation: string;
                sellerName: string;
                advisorName: string;
                source: "keyed" | "import";
                status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
                statusLabel: string;
                detectedBy: ("network" | "coc" | "technician") | (never | null);
                /** Format: date-time */
                probableAt: string | null;
                /** Format: uuid */
                workOrderId: string | null;
                /** Format: date-time */
                annulledAt: string | null;
                annulmentStep: string | null;
                annulmentReason: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /** Format: uuid */
                reentryOf: string | null;
                reentryLate: boolean | null;
                /** Format: date-time */
                createdAt: string;
                customerName: string;
                serviceNumber: string;
                workOrderNumber: number | null;
                workOrderStatus: string | null;
                openTickets: number;
              };
              tickets: {
                /** Format: uuid */
                id: string;
                number: number;
                /** Format: uuid */
                requestId: string | null;
                requestNumber: number | null;
                kind: "correction" | "reentry" | "report" | "coordination" | "impediment";
                area: "network" | "coc" | "technician" | "zonal" | "zoning";
                seedStep: string;
                team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
                teamName: string;
                observation: string;
                dataRequested: string[];
                sellerName: string | null;
                advisorName: string | null;
                zone: string | null;
                details: {
                  [key: string]: unknown;
                };
                status: "open" | "attended" | "closed";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                atRiskAt: string;
                phase: "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";
                ageMinutes: number;
                /** Format: date-time */
                attendedAt: string | null;
                attendedRole: string | null;
                resolution: string | null;
                openedRole: string;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/service-requests/{id}/form-change": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Digitar una modificación de forma (equipos) una vez ejecutada la orden (19.1) */
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
            equipment: string;
            observation?: string;
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
              request: {
                /** Format: uuid */
                id: string;
                number: number;
                requestType: "installation" | "transfer" | "migration";
                /** Format: uuid */
                customerId: string;
                /** Format: uuid */
                productId: string;
                address: string;
                zone: string | null;
                nearestBox: string | null;
                equipment: string | null;
                observation: string;
                sellerName: string;
                advisorName: string;
                source: "keyed" | "import";
                status: "keyed" | "observed" | "with_zonal" | "with_coc" | "assigned" | "annulled";
                statusLabel: string;
                detectedBy: ("network" | "coc" | "technician") | (never | null);
                /** Format: date-time */
                probableAt: string | null;
                /** Format: uuid */
                workOrderId: string | null;
                /** Format: date-time */
                annulledAt: string | null;
                annulmentStep: string | null;
                annulmentReason: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /** Format: uuid */
                reentryOf: string | null;
                reentryLate: boolean | null;
                /** Format: date-time */
                createdAt: string;
                customerName: string;
                serviceNumber: string;
                workOrderNumber: number | null;
                workOrderStatus: string | null;
                openTickets: number;
              };
              tickets: {
                /** Format: uuid */
                id: string;
                number: number;
                /** Format: uuid */
                requestId: string | null;
                requestNumber: number | null;
                kind: "correction" | "reentry" | "report" | "coordination" | "impediment";
                area: "network" | "coc" | "technician" | "zonal" | "zoning";
                seedStep: string;
                team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
                teamName: string;
                observation: string;
                dataRequested: string[];
                sellerName: string | null;
                advisorName: string | null;
                zone: string | null;
                details: {
                  [key: string]: unknown;
                };
                status: "open" | "attended" | "closed";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                atRiskAt: string;
                phase: "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";
                ageMinutes: number;
                /** Format: date-time */
                attendedAt: string | null;
                attendedRole: string | null;
                resolution: string | null;
                openedRole: string;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextSteps: {
                /** @description Código del procedimiento: con step, la clave del nombre del paso */
                procedure: string;
                step: string;
                /** @description Nombre del paso en español */
                label: string;
                seedStep?: string;
                allowed: boolean;
                /** @description Por qué no, en español */
                reason: string | null;
                /** @description Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason) */
                refusal: "wrong_role" | "out_of_order" | "guard" | (never | null);
                /** @description Roles que realizan el paso */
                roles: string[];
                /** @description Estado del caso cuando se explicó el paso */
                state: string;
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
  "/api/engineering-tickets/{id}/attend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cerrar un servicio de ingeniería como atendido (4.2), con la modificación digitada */
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
            resolution: string;
            correction?: {
              observation?: string;
              nearestBox?: string;
              zone?: string;
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
              number: number;
              /** Format: uuid */
              requestId: string | null;
              requestNumber: number | null;
              kind: "correction" | "reentry" | "report" | "coordination" | "impediment";
              area: "network" | "coc" | "technician" | "zonal" | "zoning";
              seedStep: string;
              team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
              teamName: string;
              observation: string;
              dataRequested: string[];
              sellerName: string | null;
              advisorName: string | null;
              zone: string | null;
              details: {
                [key: string]: unknown;
              };
              status: "open" | "attended" | "closed";
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              atRiskAt: string;
              phase: "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";
              ageMinutes: number;
              /** Format: date-time */
              attendedAt: string | null;
              attendedRole: string | null;
              resolution: string | null;
              openedRole: string;
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
  "/api/service-requests/{id}/zoning-form": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recibir el formulario de zonificación de una orden ya ejecutada (20.1–20.2) */
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
            zone: string;
            address: string;
            nearestBox?: string | null;
            impediments?: {
              cause: "order_not_closed" | "commercial" | "system";
              team: "platform_monitors" | "sales_team_leader" | "advisor" | "network_dept" | "coc" | "zonal";
              observation: string;
            }[];
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
              /** Format: uuid */
              requestId: string;
              /** Format: uuid */
              workOrderId: string;
              /** @description Mes AAAA-MM */
              month: string;
              correctedZone: string;
              correctedAddress: string;
              correctedBox: string | null;
              status: "received" | "corrected";
              /** Format: date-time */
              correctedAt: string | null;
              impedimentTickets: number[];
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
  "/api/zoning-forms/{id}/correction": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Digitar la zonificación en el sistema (20.3) */
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
              requestId: string;
              /** Format: uuid */
              workOrderId: string;
              /** @description Mes AAAA-MM */
              month: string;
              correctedZone: string;
              correctedAddress: string;
              correctedBox: string | null;
              status: "received" | "corrected";
              /** Format: date-time */
              correctedAt: string | null;
              impedimentTickets: number[];
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
  "/api/zoning-reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Planillas de zonificación remitidas a facturación, por mes y versión */
    get: {
      parameters: {
        query?: {
          /** @description Mes AAAA-MM */
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
              /** Format: uuid */
              id: string;
              /** @description Mes AAAA-MM */
              month: string;
              version: number;
              rowCount: number;
              sha256: string;
              /** Format: uuid */
              outboundId: string | null;
              outboundStatus: string | null;
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
  "/api/zoning-reports/{month}/send": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remitir a facturación los casos de zonificación del mes (21), como nueva versión */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Mes AAAA-MM */
          month: string;
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
              /** @description Mes AAAA-MM */
              month: string;
              version: number;
              rowCount: number;
              sha256: string;
              /** Format: uuid */
              outboundId: string | null;
              outboundStatus: string | null;
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
  "/api/zoning-reports/{month}/{version}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La planilla .xlsx tal como se remitió en esa versión */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Mes AAAA-MM */
          month: string;
          version: number;
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
  "/api/surveys/webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Encuestas respondidas enviadas por la herramienta de encuestas (token de API con el permiso surveys:receive); reenviar la misma encuesta no la duplica */
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
            surveys: {
              /** @description El id de la encuesta en la herramienta de encuestas */
              externalId: string;
              /** Format: date-time */
              answeredAt: string;
              /** @description El correo del asesor que atendió */
              agentEmail: string;
              campaign?: string;
              npsScore: number;
              advisorScore?: number;
              comment?: string;
            }[];
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
              created: number;
              updated: number;
              unchanged: number;
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
  "/api/workforce/staffing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cuántos asesores hacen falta (Erlang C) para un volumen, un tiempo de atención, un nivel de servicio y un shrinkage */
    get: {
      parameters: {
        query: {
          calls: number;
          intervalMinutes: number;
          handleTimeSeconds: number;
          serviceLevelPercent: number;
          answerWithinSeconds: number;
          shrinkagePercent: number;
          maxOccupancyPercent?: number;
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
              trafficErlangs: number;
              agents: number;
              rostered: number;
              serviceLevel: number;
              waitProbability: number;
              averageSpeedOfAnswerSeconds: number;
              occupancy: number;
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
  "/api/practices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Las prácticas de gestión del catálogo con su frecuencia, rol responsable, meta y duración */
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
              version: number;
              practices: {
                code: string;
                name: string;
                description: string;
                frequency: "daily" | "weekly" | "fortnightly" | "semiannual";
                durationMinutes: number;
                recordsIdeas: boolean;
                goals: {
                  role: string;
                  count: number;
                  per: "day" | "week" | "fortnight" | "semester";
                }[];
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
  "/api/practices/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prácticas realizadas, las más recientes primero (las propias con mine=true) */
    get: {
      parameters: {
        query?: {
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          mine?: boolean;
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
              items: {
                /** Format: uuid */
                id: string;
                practiceCode: string;
                /** Format: uuid */
                leaderUserId: string;
                leaderName: string;
                teamName: string | null;
                /** Format: date-time */
                heldAt: string;
                notes: string | null;
                ideas: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  status: "proposed" | "approved" | "in_progress" | "done" | "discarded";
                }[];
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
    /** Registrar una práctica de gestión realizada (quién, equipo, cuándo, notas; ideas de una reunión de mejora) */
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
            practiceCode: string;
            /** Format: date-time */
            heldAt: string;
            /** Format: uuid */
            teamId?: string;
            notes?: string;
            ideas?: {
              title: string;
            }[];
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
              ideaIds: string[];
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
  "/api/practices/ideas/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mover una idea de mejora: aprobada, en ejecución, implementada o descartada */
    patch: {
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
            status: "proposed" | "approved" | "in_progress" | "done" | "discarded";
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
              status: "proposed" | "approved" | "in_progress" | "done" | "discarded";
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
    trace?: never;
  };
  "/api/practices/adherence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Adherencia de la semana por líder: prácticas realizadas ÷ previstas (las propias con mine=true) */
    get: {
      parameters: {
        query: {
          week: string;
          mine?: boolean;
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
              /** Format: date */
              week: string;
              leaders: {
                leader: string;
                team: string | null;
                /** @description 0–1; null cuando nada estaba previsto */
                adherence: number | null;
                practices: {
                  practice: string;
                  held: number;
                  due: number;
                }[];
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
  "/api/quality/scorecards": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Las fichas de monitoreo vigentes: secciones, puntos de control, puntos y puntos críticos */
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
              version: number;
              scorecards: {
                code: string;
                name: string;
                totalPoints: number;
                sections: {
                  code: string;
                  name: string;
                  checkpoints: {
                    code: string;
                    label: string;
                    points: number;
                    critical?: boolean;
                  }[];
                }[];
                retired?: boolean;
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
  "/api/quality/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Llamadas que se pueden monitorear con una ficha: terminadas, atendidas por un asesor y aún sin monitoreo con esa ficha; las más recientes primero */
    get: {
      parameters: {
        query: {
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          scorecardCode: string;
          agentUserId?: string;
          campaignId?: string;
          /** @description Desde este día (inclusive), hora del operador */
          from?: string;
          /** @description Hasta este día (inclusive), hora del operador */
          to?: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                campaignId: string;
                campaignName: string;
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
                customerName: string;
                phone: string;
                /** Format: date-time */
                dialedAt: string;
                talkSeconds: number;
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
              total: number;
              page: number;
              pageSize: number;
              advisors: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              campaigns: {
                /** Format: uuid */
                id: string;
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
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/quality/monitorings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monitoreos de calidad, los más recientes primero */
    get: {
      parameters: {
        query?: {
          /** @description Página, desde 1 */
          page?: number;
          /** @description Filas por página */
          pageSize?: number;
          agentUserId?: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                callId: string;
                /** Format: date-time */
                callAt: string;
                phone: string;
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
                scorecardCode: string;
                answers: {
                  [key: string]: boolean;
                };
                score: number;
                criticalFailed: boolean;
                comment: string | null;
                monitorName: string;
                /** Format: date-time */
                monitoredAt: string;
                /** Format: date-time */
                acknowledgedAt: string | null;
                advisorComment: string | null;
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
    /** Calificar una llamada grabada con una ficha (un punto crítico incumplido deja la nota en cero) */
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
            callId: string;
            scorecardCode: string;
            answers: {
              [key: string]: boolean;
            };
            comment?: string;
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
              score: number;
              criticalFailed: boolean;
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
  "/api/quality/my-monitorings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Los monitoreos de calidad del asesor que consulta */
    get: {
      parameters: {
        query?: {
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
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                callId: string;
                /** Format: date-time */
                callAt: string;
                phone: string;
                /** Format: uuid */
                agentUserId: string;
                agentName: string;
                scorecardCode: string;
                answers: {
                  [key: string]: boolean;
                };
                score: number;
                criticalFailed: boolean;
                comment: string | null;
                monitorName: string;
                /** Format: date-time */
                monitoredAt: string;
                /** Format: date-time */
                acknowledgedAt: string | null;
                advisorComment: string | null;
              }[];
              /** @description Filas que cumplen el filtro, en todas las páginas */
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/quality/monitorings/{id}/acknowledge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** El asesor da por leído su monitoreo, con un comentario opcional */
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
            comment?: string;
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
              /** Format: date-time */
              acknowledgedAt: string;
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
  "/api/indicators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Los indicadores instalados que el usuario puede ver, con su meta y sus desgloses */
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
              procedure: string;
              unit: "percent" | "ratio" | "count";
              better: "higher" | "lower";
              target:
                | {
                    kind: "atLeast" | "above" | "atMost" | "below";
                    value: number;
                    catalogKey?: string;
                  }
                | {
                    kind: "belowPreviousPeriod" | "none";
                  };
              dimensions: string[];
              rowColumns: {
                key: string;
                kind: string;
                label: {
                  es: string;
                  en: string;
                };
              }[];
              codes: {
                [key: string]: {
                  [key: string]: {
                    es: string;
                    en: string;
                  };
                };
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
  "/api/indicators/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un indicador en los últimos periodos (12 meses por defecto), total o por una dimensión, con meta y tendencia */
    get: {
      parameters: {
        query?: {
          /** @description AAAA-MM-DD on the tenant's wall clock */
          last?: string;
          grain?: "day" | "week" | "month";
          periods?: number;
          by?: string;
          key?: string;
        };
        header?: never;
        path: {
          code: string;
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
              procedure: string;
              unit: "percent" | "ratio" | "count";
              better: "higher" | "lower";
              target:
                | {
                    kind: "atLeast" | "above" | "atMost" | "below";
                    value: number;
                    catalogKey?: string;
                  }
                | {
                    kind: "belowPreviousPeriod" | "none";
                  };
              grain: "day" | "week" | "month";
              dimension: string;
              periods: string[];
              series: {
                key: string;
                label: string | null;
                cells: {
                  period: string;
                  numerator: number;
                  denominator: number | null;
                  value: number | null;
                  verdict: ("met" | "missed") | (never | null);
                  trend: ("up" | "down" | "flat") | (never | null);
                }[];
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
  "/api/indicators/{code}/rows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Los registros detrás de un valor (un periodo y, si se pide, un valor de la dimensión), paginados */
    get: {
      parameters: {
        query: {
          /** @description AAAA-MM-DD on the tenant's wall clock */
          period: string;
          grain?: "day" | "week" | "month";
          by?: string;
          key?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          code: string;
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
              period: string;
              columns: {
                key: string;
                kind: string;
                label: {
                  es: string;
                  en: string;
                };
              }[];
              rows: {
                [key: string]: string | number | (never | null);
              }[];
              totals: {
                rows: number;
                numerator: number;
                denominator: number;
              };
              page: {
                limit: number;
                offset: number;
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
  "/api/indicators/{code}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exportar el indicador como .xlsx; con «period», también los registros de ese periodo. En el idioma de «language» o, sin él, de Accept-Language */
    get: {
      parameters: {
        query?: {
          /** @description AAAA-MM-DD on the tenant's wall clock */
          last?: string;
          grain?: "day" | "week" | "month";
          periods?: number;
          by?: string;
          key?: string;
          /** @description AAAA-MM-DD on the tenant's wall clock */
          period?: string;
          language?: "es" | "en";
        };
        header?: never;
        path: {
          code: string;
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
  "/api/supervision/day": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** El día del supervisor en una consulta: la cola de cada campaña, los asesores por estado, los plazos en riesgo o vencidos hoy y los indicadores de hoy frente a su meta */
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
              /** Format: date */
              day: string;
              /** Format: date-time */
              at: string;
              /** @description Eventos del canal en tiempo real que cambian este resumen */
              events: string[];
              campaigns: {
                /** Format: uuid */
                id: string;
                name: string;
                hopperDepth: number;
                ringing: number;
                waiting: number;
                onCall: number;
                callsToday: number;
              }[];
              agents: {
                ready: number;
                onCall: number;
                wrapUp: number;
                paused: number;
              };
              deadlines: {
                atRisk: number;
                breachedToday: number;
                /** @description Los cinco en riesgo que vencen primero */
                soonest: {
                  /** Format: uuid */
                  id: string;
                  kind: string;
                  subjectType: string;
                  subjectId: string;
                  /** Format: date-time */
                  dueAt: string;
                }[];
                /** @description Los cinco vencidos hoy más recientes */
                breached: {
                  /** Format: uuid */
                  id: string;
                  kind: string;
                  subjectType: string;
                  subjectId: string;
                  /** Format: date-time */
                  dueAt: string;
                }[];
              };
              indicators: {
                code: string;
                unit: string;
                better: string;
                target: number | null;
                value: number | null;
                verdict: string | null;
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
