extension OpenRPCDocument {
  /// `brands.list` and the `plugins.*` methods.
  static let brandMethodsText = #"""
    [
      {
        "name": "brands.list",
        "summary": "Every served brand with its adapter's declarations.",
        "description": "One entry per served brand, ordered by brand: which adapter serves it, whether it can cancel, its required tags, the reasons it can produce (the five global reasons plus the adapter's own), the events `vehicles.report` accepts for it with their effects, and its timers. Params, if any, are ignored.",
        "tags": [{"name": "brands"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "brands",
          "schema": {
            "type": "object",
            "required": ["brands"],
            "additionalProperties": false,
            "properties": {"brands": {"type": "array", "items": {"$ref": "#/components/schemas/Brand"}}}
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "the Kia adapter alone",
            "params": [],
            "result": {
              "name": "brands",
              "value": {
                "brands": [
                  {
                    "brand": "kia",
                    "group": "Kia",
                    "adapter": "kia",
                    "adapter_version": "1.0.0",
                    "can_cancel": false,
                    "cancel_min_age_seconds": null,
                    "required_tags": [],
                    "reasons": [
                      {
                        "reason": "unspecified",
                        "kind": "reject",
                        "description": "When an activation fails without any specific reason, this reason is returned. For many brands this means that the vehicle is not eligible."
                      },
                      {
                        "reason": "invalid client configuration",
                        "kind": "reject",
                        "description": "This indicates that your project has not been configured by our support team. Please get in touch with your contact person."
                      },
                      {
                        "reason": "invalid VIN",
                        "kind": "reject",
                        "description": "The VIN is not recognised by the manufacturer as an eligible vehicle."
                      },
                      {"reason": "ineligible VIN", "kind": "reject", "description": "The vehicle is not eligible for activation."},
                      {
                        "reason": "VIN is assigned to a different OEM fleet",
                        "kind": "reject",
                        "description": "The VIN is already activated by another customer of the OEM, which blocks High Mobility from activating it."
                      },
                      {
                        "reason": "in-vehicle connectivity settings are disabled",
                        "kind": "reject",
                        "description": "Vehicle's connectivity is not activated"
                      },
                      {
                        "reason": "VIN activation not allowed by OEM",
                        "kind": "reject",
                        "description": "Kia does not allow this VIN to be activated for fleet data access."
                      }
                    ],
                    "events": [
                      {"event": "activation_succeeded", "effect": "approve", "description": "Kia activated data access for the VIN."},
                      {"event": "data_received", "effect": "data_received", "description": "The vehicle sent data."},
                      {
                        "event": "connectivity_disabled",
                        "effect": "reject",
                        "reason": "in-vehicle connectivity settings are disabled",
                        "description": "The vehicle's connectivity settings are turned off."
                      },
                      {
                        "event": "activation_not_allowed",
                        "effect": "reject",
                        "reason": "VIN activation not allowed by OEM",
                        "description": "Kia refused the activation of this VIN."
                      },
                      {"event": "vin_unknown", "effect": "reject", "reason": "invalid VIN", "description": "Kia does not know the VIN."},
                      {
                        "event": "vin_ineligible",
                        "effect": "reject",
                        "reason": "ineligible VIN",
                        "description": "The vehicle cannot be activated."
                      },
                      {
                        "event": "assigned_to_other_fleet",
                        "effect": "reject",
                        "reason": "VIN is assigned to a different OEM fleet",
                        "description": "Another Kia fleet customer holds the VIN."
                      },
                      {
                        "event": "client_not_configured",
                        "effect": "reject",
                        "reason": "invalid client configuration",
                        "description": "The project is not configured at Kia."
                      },
                      {
                        "event": "activation_failed",
                        "effect": "reject",
                        "reason": "unspecified",
                        "description": "The activation failed without a reason."
                      },
                      {"event": "activation_error", "effect": "error", "description": "Kia's activation service failed."},
                      {"event": "access_revoked", "effect": "revoked", "description": "Data access for the VIN ended."}
                    ],
                    "timers": [],
                    "approve_requires_data": false,
                    "add_during_transition": null
                  }
                ]
              }
            }
          }
        ]
      },
      {
        "name": "plugins.list",
        "summary": "Every loaded adapter library version.",
        "description": "One entry per loaded version of an adapter library: `state` is `active` for the version serving its brands and `retired` for one it replaced. Params, if any, are ignored.",
        "tags": [{"name": "plugins"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "plugins",
          "schema": {
            "type": "object",
            "required": ["plugins"],
            "additionalProperties": false,
            "properties": {"plugins": {"type": "array", "items": {"$ref": "#/components/schemas/Plugin"}}}
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "two adapters",
            "params": [],
            "result": {
              "name": "plugins",
              "value": {
                "plugins": [
                  {
                    "id": "volkswagen-group",
                    "generation": 1,
                    "version": "1.0.0",
                    "abi_version": "1.0",
                    "path": "/srv/fleet-clearance/.build/debug/libVolkswagenGroup.so",
                    "source_path": "/srv/fleet-clearance/.build/debug/libVolkswagenGroup.so",
                    "sha256": "73f66174855a06b8d4a5cc4f9f18371aee048f0f68bd3eaa324b44e168299fa2",
                    "brands": ["volkswagen", "audi", "skoda", "seat", "cupra"],
                    "loaded_at": "2026-01-01T00:00:00Z",
                    "state": "active"
                  },
                  {
                    "id": "kia",
                    "generation": 1,
                    "version": "1.0.0",
                    "abi_version": "1.0",
                    "path": "/srv/fleet-clearance/.build/debug/libKia.so",
                    "source_path": "/srv/fleet-clearance/.build/debug/libKia.so",
                    "sha256": "10dc86c035fa1cbfd068e1755da52db89283b7825fc29e767992fe81cba4c983",
                    "brands": ["kia"],
                    "loaded_at": "2026-01-01T00:00:00Z",
                    "state": "active"
                  }
                ]
              }
            }
          }
        ]
      },
      {
        "name": "plugins.load",
        "summary": "Loads an adapter library into the running host and routes its brands.",
        "description": "Hot-adds OEM support without a restart. `path` is resolved with realpath (a relative path against the host's current directory) and must lie inside one of plugins.json's allowed_folders after symbolic links and `..` are resolved; if plugins.json lists the file with a `sha256` pin, the file must match it. The host copies the file into its private temporary folder and loads the copy, so the bytes pinned, validated and loaded are the same. The copy is validated out of process first (the checks of `fleet-clearance validate`, in child processes): a library that fails any check never enters the host. Then the host reads its descriptor and refuses an id that is already active or a brand another adapter serves, before the adapter's init runs. With `replace: true` taken brands move to the new adapter; an adapter left without brands is retired. Timers of the moved brands follow the new adapter's declarations at once. Libraries loaded this way last until the host exits; plugins.json is the persistent configuration.",
        "tags": [{"name": "plugins"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "path",
            "description": "The library; relative paths resolve against the host's current directory.",
            "required": true,
            "schema": {"type": "string"}
          },
          {
            "name": "replace",
            "description": "Move brands another adapter serves to this one instead of refusing with -32002.",
            "required": false,
            "schema": {"type": "boolean", "default": false}
          }
        ],
        "result": {"name": "plugin", "schema": {"$ref": "#/components/schemas/Plugin"}},
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "path is missing", "source": "path"}
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "there is no library at /srv/fleet-clearance/adapters/libnissan.so (a relative path resolves against the host's current directory, /srv/fleet-clearance)",
              "source": "path"
            }
          },
          {
            "code": -32011,
            "message": "Forbidden",
            "data": {
              "title": "Forbidden",
              "detail": "/srv/fleet-clearance/adapters/libnissan.so resolves to /home/mallory/libnissan.so, which lies outside the allowed folders: allowed_folders of /srv/fleet-clearance/plugins.json is /srv/fleet-clearance/adapters; only plugins.json can allow a folder",
              "source": "path"
            }
          },
          {
            "code": -32010,
            "message": "Adapter error",
            "data": {
              "title": "Adapter error",
              "detail": "/srv/fleet-clearance/adapters/libnissan.so failed 6 of 16 validation checks, so it was not loaded. events-answers: crashed with signal 11 (SIGSEGV) in map_event during this check; not run because of that: events-deterministic, events-speed, events-garbage, init-repeat, extension-lookup. Run fleet-clearance validate /srv/fleet-clearance/adapters/libnissan.so for the full report",
              "source": "path"
            }
          },
          {
            "code": -32002,
            "message": "Conflict",
            "data": {
              "title": "Conflict",
              "detail": "brand \"kia\" is already served by adapter \"kia\"; pass replace: true to move it to the new adapter, or unload kia first",
              "source": "path"
            }
          },
          {
            "code": -32603,
            "message": "Internal error",
            "data": {
              "title": "Internal error",
              "detail": "cannot create a private folder in /tmp: No space left on device; set TMPDIR to a writable folder",
              "source": "path"
            }
          }
        ],
        "examples": [
          {
            "name": "hot-adding Nissan",
            "params": [{"name": "path", "value": "/srv/fleet-clearance/adapters/libnissan.so"}],
            "result": {
              "name": "plugin",
              "value": {
                "id": "nissan",
                "generation": 1,
                "version": "1.0.0",
                "abi_version": "1.0",
                "path": "/tmp/fleet-clearance-libraries-Qx3TbW/1-libnissan.so",
                "source_path": "/srv/fleet-clearance/adapters/libnissan.so",
                "sha256": "5d1f0c2b8e0a8f6f9f4a7c3e2b1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d",
                "brands": ["nissan"],
                "loaded_at": "2026-01-01T00:00:00Z",
                "state": "active"
              }
            }
          }
        ]
      },
      {
        "name": "plugins.reload",
        "summary": "Loads the active version's library file again as the next generation.",
        "description": "Ships a new version of an adapter without a restart: write the new library under a temporary name, rename it over the old file, then call this. The host copies the file at the active version's source_path into its private temporary folder (dlopen of a path already loaded would return the old image), checks the allowed folders and pin again, validates the copy out of process, loads it and moves every brand over in one step: requests before the switch use the old version, requests after it the new one. The new version keeps the id (a different id is -32002) and gets the next generation; the old one is retired and stays mapped. It serves every brand it declares that no other adapter serves; a brand the old version no longer declares stops being served. Timers of the moved brands follow the new version's declarations from the switch on.",
        "tags": [{"name": "plugins"}],
        "paramStructure": "by-name",
        "params": [
          {"name": "id", "description": "The adapter's id, as plugins.list shows it.", "required": true, "schema": {"type": "string"}}
        ],
        "result": {"name": "plugin", "schema": {"$ref": "#/components/schemas/Plugin"}},
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "id is missing", "source": "id"}
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "no adapter has id \"nisan\"; plugins.list shows the loaded ones",
              "source": "id"
            }
          },
          {
            "code": -32011,
            "message": "Forbidden",
            "data": {
              "title": "Forbidden",
              "detail": "/srv/fleet-clearance/adapters/libnissan.so: SHA-256 is 0f4c9a1be2d3c4b5a6978877665544332211ffeeddccbbaa9988776655443322, but plugins.json pins 5d1f0c2b8e0a8f6f9f4a7c3e2b1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d; refusing to load it (update the pin to ship this file)",
              "source": "id"
            }
          },
          {
            "code": -32010,
            "message": "Adapter error",
            "data": {
              "title": "Adapter error",
              "detail": "/srv/fleet-clearance/adapters/libnissan.so failed 1 of 16 validation checks, so it was not loaded. events-speed: brand nissan, event activation_succeeded: a call takes 25 ms (median of 7), more than 10 ms. Run fleet-clearance validate /srv/fleet-clearance/adapters/libnissan.so for the full report",
              "source": "id"
            }
          },
          {
            "code": -32002,
            "message": "Conflict",
            "data": {
              "title": "Conflict",
              "detail": "/srv/fleet-clearance/adapters/libnissan.so now holds adapter \"kia\", not \"nissan\"; a reload keeps the id: load it with plugins.load",
              "source": "id"
            }
          },
          {
            "code": -32603,
            "message": "Internal error",
            "data": {
              "title": "Internal error",
              "detail": "cannot read /srv/fleet-clearance/adapters/libnissan.so: Permission denied; make it readable for the host's user",
              "source": "id"
            }
          }
        ],
        "examples": [
          {
            "name": "Nissan's second version",
            "params": [{"name": "id", "value": "nissan"}],
            "result": {
              "name": "plugin",
              "value": {
                "id": "nissan",
                "generation": 2,
                "version": "2.0.0",
                "abi_version": "1.0",
                "path": "/tmp/fleet-clearance-libraries-Qx3TbW/2-libnissan.so",
                "source_path": "/srv/fleet-clearance/adapters/libnissan.so",
                "sha256": "0f4c9a1be2d3c4b5a6978877665544332211ffeeddccbbaa9988776655443322",
                "brands": ["nissan"],
                "loaded_at": "2026-01-01T00:10:00Z",
                "state": "active"
              }
            }
          }
        ]
      },
      {
        "name": "plugins.unload",
        "summary": "Stops routing the brands of an adapter's active version.",
        "description": "The active version of the adapter is retired (it stays mapped; libraries are never closed) and the result is its entry. Stored clearances of its brands stay: calls that need the missing adapter (vehicles.report, vehicles.delete of a pending clearance, vehicles.add) answer -32003 or an error item, and their timers wait until an adapter for the brand is loaded again.",
        "tags": [{"name": "plugins"}],
        "paramStructure": "by-name",
        "params": [
          {"name": "id", "description": "The adapter's id, as plugins.list shows it.", "required": true, "schema": {"type": "string"}}
        ],
        "result": {"name": "plugin", "schema": {"$ref": "#/components/schemas/Plugin"}},
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "id is missing", "source": "id"}
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "adapter \"nissan\" is retired (unloaded or replaced); load its library again with plugins.load",
              "source": "id"
            }
          }
        ],
        "examples": [
          {
            "name": "unloading Nissan",
            "params": [{"name": "id", "value": "nissan"}],
            "result": {
              "name": "plugin",
              "value": {
                "id": "nissan",
                "generation": 2,
                "version": "2.0.0",
                "abi_version": "1.0",
                "path": "/tmp/fleet-clearance-libraries-Qx3TbW/2-libnissan.so",
                "source_path": "/srv/fleet-clearance/adapters/libnissan.so",
                "sha256": "0f4c9a1be2d3c4b5a6978877665544332211ffeeddccbbaa9988776655443322",
                "brands": ["nissan"],
                "loaded_at": "2026-01-01T00:10:00Z",
                "state": "retired"
              }
            }
          }
        ]
      }
    ]
    """#
}
