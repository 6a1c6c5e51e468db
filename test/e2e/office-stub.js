/* global window, document */
// A stand-in Outlook host for the end-to-end tests, served in place of
// https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It offers the part of Office.js
// the pane uses (onReady, requirement sets, the read-mode item, ItemChanged, DragAndDropEvent,
// displayNewMessageForm, the theme) and records every call in window.__officeStub.calls; the
// forms the pane asked Outlook to open are in window.__officeStub.forms, and
// window.__officeStub.drop([{name, text}]) drags messages onto the pane as .eml Blobs.
//
// The test sets window.__officeStubConfig before the page loads (see test/e2e/pane.ts):
//   host: 'Outlook' | null (null: office.js loaded outside Office, as in a browser tab)
//   mailbox: highest Mailbox requirement set, e.g. '1.14' or '1.8'
//   displayLanguage: Office.context.displayLanguage (default en-US)
//   theme: Office.context.officeTheme; user: the signed-in address; current: selected item
//   items: [{ subject, from, to, itemClass, restricted, mime, headers, body, attachments }]
//     mime/headers/body and each attachment's content name a blob the test server holds
//     (/__e2e/blob/<key>); they are fetched before onReady resolves, so an item's content is
//     ready the moment the pane asks, as in a host that has the message cached.
(function officeStub() {
  'use strict';
  var config = window.__officeStubConfig || { host: null, items: [] };
  var calls = [];
  var handlers = [];
  var stub = {
    calls: calls,
    violations: [],
    /** performance.now() when getAsFileAsync (or body.getAsync) handed over the content. */
    contentArrivedAt: null,
    select: select,
    forms: [],
    drop: drop,
  };
  window.__officeStub = stub;

  // The pane must never need a request the CSP forbids; each attempt is evidence of a bug.
  document.addEventListener('securitypolicyviolation', function (e) {
    stub.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample || '' });
  });

  var SUCCEEDED = 'succeeded';
  var FAILED = 'failed';
  var blobs = {};

  function record(name) {
    calls.push(name);
  }

  function lastFunction(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === 'function') return args[i];
    return null;
  }

  // Office calls back asynchronously, never inside the call.
  function reply(callback, value, arrival) {
    if (!callback) return;
    setTimeout(function () {
      if (arrival) stub.contentArrivedAt = performance.now();
      callback({ status: SUCCEEDED, value: value, error: undefined, asyncContext: undefined });
    }, 0);
  }

  function fail(callback) {
    if (!callback) return;
    setTimeout(function () {
      callback({
        status: FAILED,
        value: undefined,
        error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' },
        asyncContext: undefined,
      });
    }, 0);
  }

  function address(a) {
    return a
      ? {
          displayName: a.displayName || a.emailAddress,
          emailAddress: a.emailAddress,
          recipientType: 'externalUser',
        }
      : null;
  }

  function makeItem(spec) {
    var has114 = versionAtLeast(config.mailbox, '1.14');
    var has18 = versionAtLeast(config.mailbox, '1.8');
    var attachments = (spec.attachments || []).map(function (a) {
      return {
        id: a.id,
        name: a.name,
        contentType: a.contentType,
        size: a.size,
        attachmentType: a.attachmentType,
        isInline: false,
      };
    });
    var item = {
      itemType: 'message',
      itemClass: spec.itemClass || 'IPM.Note',
      subject: spec.subject || '',
      from: address(spec.from),
      sender: address(spec.from),
      to: (spec.to || []).map(address),
      cc: [],
      dateTimeCreated: new Date(spec.date || '2026-03-02T10:00:00Z'),
      internetMessageId: spec.messageId || '<e2e@example.com>',
      attachments: attachments,
      body: {
        getAsync: function () {
          var callback = lastFunction(arguments);
          record('body.getAsync(' + String(arguments[0]) + ')');
          if (spec.restricted || spec.body === undefined) return fail(callback);
          reply(callback, blobs[spec.body], true);
        },
      },
    };
    if (has18) {
      item.getAllInternetHeadersAsync = function () {
        var callback = lastFunction(arguments);
        record('getAllInternetHeadersAsync');
        if (spec.restricted || spec.headers === undefined) return fail(callback);
        reply(callback, blobs[spec.headers], false);
      };
      item.getAttachmentContentAsync = function (id) {
        var callback = lastFunction(arguments);
        record('getAttachmentContentAsync(' + String(id) + ')');
        var found = (spec.attachments || []).filter(function (a) {
          return a.id === id;
        })[0];
        if (spec.restricted || !found) return fail(callback);
        reply(callback, { format: found.format, content: blobs[found.content] }, false);
      };
    }
    if (has114) {
      item.getAsFileAsync = function () {
        var callback = lastFunction(arguments);
        record('getAsFileAsync');
        if (spec.restricted || spec.mime === undefined) return fail(callback);
        reply(callback, blobs[spec.mime], true);
      };
    }
    return item;
  }

  function versionAtLeast(have, want) {
    if (!have) return false;
    var h = String(have).split('.');
    var w = String(want).split('.');
    for (var i = 0; i < Math.max(h.length, w.length); i++) {
      var a = Number(h[i] || 0);
      var b = Number(w[i] || 0);
      if (a !== b) return a > b;
    }
    return true;
  }

  var items = config.items || [];
  var mailbox = {
    item: null,
    userProfile: {
      emailAddress: config.user || 'pat@example.com',
      displayName: 'Pat Example',
      timeZone: 'UTC',
    },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0' },
    addHandlerAsync: function (eventType, handler) {
      var callback = lastFunction(Array.prototype.slice.call(arguments, 2));
      record('addHandlerAsync(' + String(eventType) + ')');
      handlers.push({ eventType: eventType, handler: handler });
      reply(callback, undefined, false);
    },
    displayNewMessageForm: function (parameters) {
      record('displayNewMessageForm');
      stub.forms.push(JSON.parse(JSON.stringify(parameters || {})));
    },
    removeHandlerAsync: function (eventType) {
      var callback = lastFunction(Array.prototype.slice.call(arguments, 1));
      record('removeHandlerAsync(' + String(eventType) + ')');
      handlers = handlers.filter(function (h) {
        return h.eventType !== eventType;
      });
      reply(callback, undefined, false);
    },
  };

  /** Messages dragged from the message list onto the pane: DragAndDropEvent with .eml Blobs. */
  function drop(files) {
    record('drop(' + files.length + ')');
    var dataTransfer = {
      files: files.map(function (f) {
        return {
          name: f.name,
          type: 'message/rfc822',
          fileContent: new Blob([f.text], { type: 'message/rfc822' }),
        };
      }),
    };
    var delivered = 0;
    handlers.forEach(function (h) {
      if (h.eventType !== 'olkDragAndDropEvent') return;
      delivered++;
      h.handler({
        type: 'olkDragAndDropEvent',
        dragAndDropEventData: { type: 'dragover', pageX: 10, pageY: 10 },
      });
      h.handler({
        type: 'olkDragAndDropEvent',
        dragAndDropEventData: { type: 'drop', pageX: 10, pageY: 10, dataTransfer: dataTransfer },
      });
    });
    return delivered;
  }

  /** The pinned pane moves to items[index]: Outlook swaps the item, then raises ItemChanged. */
  function select(index) {
    record('select(' + index + ')');
    mailbox.item = items[index] ? makeItem(items[index]) : null;
    handlers.forEach(function (h) {
      if (h.eventType === 'olkItemSelectedChanged') h.handler({ type: 'olkItemSelectedChanged' });
    });
  }

  var theme = config.theme || {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#000000',
  };
  var inOutlook = config.host === 'Outlook';

  var Office = {
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', DragAndDropEvent: 'olkDragAndDropEvent' },
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
      ItemType: { Message: 'message', Appointment: 'appointment' },
    },
    context: inOutlook
      ? {
          host: 'Outlook',
          platform: 'OfficeOnline',
          displayLanguage: config.displayLanguage || 'en-US',
          mailbox: mailbox,
          officeTheme: theme,
          requirements: {
            isSetSupported: function (name, version) {
              record('isSetSupported(' + name + ' ' + version + ')');
              return name === 'Mailbox' && versionAtLeast(config.mailbox, version || '1.1');
            },
          },
        }
      : {},
    onReady: function (callback) {
      record('onReady');
      var info = inOutlook ? { host: 'Outlook', platform: 'OfficeOnline' } : { host: null, platform: null };
      return loaded.then(function () {
        if (typeof callback === 'function') callback(info);
        return info;
      });
    },
  };

  function fetchBlob(key) {
    return fetch(window.location.origin + '/__e2e/blob/' + encodeURIComponent(key)).then(function (r) {
      if (!r.ok) throw new Error('stub blob ' + key + ' is missing');
      return r.text().then(function (text) {
        blobs[key] = text;
      });
    });
  }

  function keysOf(spec) {
    var keys = [spec.mime, spec.headers, spec.body];
    (spec.attachments || []).forEach(function (a) {
      keys.push(a.content);
    });
    return keys.filter(function (k) {
      return typeof k === 'string';
    });
  }

  var loaded = Promise.all(
    items.reduce(function (all, spec) {
      return all.concat(keysOf(spec).map(fetchBlob));
    }, []),
  ).then(function () {
    mailbox.item = items[config.current || 0] ? makeItem(items[config.current || 0]) : null;
  });

  window.Office = Office;
})();
