// generated/locales/en.ts
var en = { locale: "en", rows: [
  ["Your accounts are up to date", "We\u2019ve updated your accounts with the latest information from your bank.", , (v) => "We\u2019ve updated your accounts with the latest information from " + v.provider + "."],
  // status.finished
  ["Update about to start", "Your accounts will be updated in a moment. You don\u2019t need to do anything."],
  // status.pending
  ["Updating your accounts", "We\u2019re getting the latest information from your bank. This can take a few moments.", , (v) => "We\u2019re getting the latest information from " + v.provider + ". This can take a few moments."],
  // status.in_progress
  ["Updating in the background", "You can carry on using the app. Your accounts will update automatically when it\u2019s done."],
  // status.in_background_progress
  ["Your bank is waiting for you", "To finish updating your accounts, complete the step your bank is asking for, such as confirming your identity.", (v) => v.provider + " is waiting for you", (v) => "To finish updating your accounts, complete the step " + v.provider + " is asking for, such as confirming your identity."],
  // status.waiting_user
  ["Update cancelled", "The update was stopped, so your accounts weren\u2019t updated. You can start it again at any time."],
  // status.cancelled
  ["Couldn\u2019t update your accounts", "Something went wrong while updating your accounts. Try again later."],
  // status.error
  ["Your bank is under maintenance", "Your bank\u2019s online services are down for maintenance, so we can\u2019t update your accounts right now. Try again later.", (v) => v.provider + " is under maintenance", (v) => "The online services of " + v.provider + " are down for maintenance, so we can\u2019t update your accounts right now. Try again later."],
  // status.maintenance
  ["Update scheduled", "Your accounts will be updated automatically later. You don\u2019t need to do anything."],
  // status.scheduled
  ["Your bank is unavailable", "We can\u2019t reach your bank right now, so your accounts weren\u2019t updated. Try again later.", (v) => v.provider + " is unavailable", (v) => "We can\u2019t reach " + v.provider + " right now, so your accounts weren\u2019t updated. Try again later."],
  // status.unavailable
  ["Your accounts are up to date", "Your accounts have been updated successfully."],
  // code.100
  ["Check your login details", "Your bank didn\u2019t accept your login details. Check them and enter them again to reconnect.", , (v) => v.provider + " didn\u2019t accept your login details. Check them and enter them again to reconnect."],
  // code.201
  ["Incorrect login details", "Your bank didn\u2019t accept your username or password. Enter your current login details to reconnect.", , (v) => v.provider + " didn\u2019t accept your username or password. Enter your current login details to reconnect."],
  // code.201.bad_credentials
  ["Your online banking is blocked", "Your bank has blocked access to your online banking. Contact your bank to unblock it, then reconnect.", , (v) => v.provider + " has blocked access to your online banking. Contact them to unblock it, then reconnect."],
  // code.201.account_blocked
  ["Your password has expired", "Your bank needs you to set a new password. Change it on your bank\u2019s website, then reconnect with the new one.", , (v) => v.provider + " needs you to set a new password. Change it on the " + v.provider + " website, then reconnect with the new one."],
  // code.201.password_expired
  ["Action needed at your bank", "Your bank needs you to do something before your accounts can be updated. Log in to your bank\u2019s website, follow the instructions, then try again.", (v) => "Action needed at " + v.provider, (v) => v.provider + " needs you to do something before your accounts can be updated. Log in to the " + v.provider + " website, follow the instructions, then try again."],
  // code.202
  ["Your contract doesn\u2019t allow this", "Your online banking contract doesn\u2019t include this service. Ask your bank to upgrade it, then try again.", , (v) => "Your online banking contract doesn\u2019t include this service. Ask " + v.provider + " to upgrade it, then try again."],
  // code.203
  ["Confirm your identity", "For your security, your bank needs you to confirm your identity before your accounts can be updated.", , (v) => "For your security, " + v.provider + " needs you to confirm your identity before your accounts can be updated."],
  // code.205
  ["Your certificate has expired", "Your EBICS certificate is invalid or has expired. Renew it with your bank, then reconnect.", , (v) => "Your EBICS certificate is invalid or has expired. Renew it with " + v.provider + ", then reconnect."],
  // code.206
  ["Problem at your bank", "Your bank\u2019s website ran into a problem, so your accounts weren\u2019t updated. Try again later.", (v) => "Problem at " + v.provider, (v) => "The " + v.provider + " website ran into a problem, so your accounts weren\u2019t updated. Try again later."],
  // code.300
  ["Couldn\u2019t get your latest data", "We couldn\u2019t download your information from your bank\u2019s website. Try again later.", , (v) => "We couldn\u2019t download your information from the " + v.provider + " website. Try again later."],
  // code.301
  ["Your bank session expired", "Your session with your bank ended before the update finished. This can happen if you\u2019re logged in elsewhere. Try again in a few minutes.", , (v) => "Your session with " + v.provider + " ended before the update finished. This can happen if you\u2019re logged in elsewhere. Try again in a few minutes."],
  // code.302
  ["We couldn\u2019t finish the update", "Your bank\u2019s website showed something we can\u2019t handle yet, so your accounts weren\u2019t updated. Contact support so we can fix it.", , (v) => "The " + v.provider + " website showed something we can\u2019t handle yet, so your accounts weren\u2019t updated. Contact support so we can fix it."],
  // code.303
  ["Your bank needs to fix a problem", "There\u2019s a problem on your bank\u2019s side that only your bank can fix. You don\u2019t need to do anything; try again later.", (v) => v.provider + " needs to fix a problem", (v) => "There\u2019s a problem on the side of " + v.provider + " that only they can fix. You don\u2019t need to do anything; try again later."],
  // code.304
  ["Problem with your bank\u2019s certificate", "Your bank\u2019s security certificate is invalid or has expired. Your bank needs to renew it, so try again later.", , (v) => "The security certificate of " + v.provider + " is invalid or has expired. " + v.provider + " needs to renew it, so try again later."],
  // code.305
  ["Something went wrong on our side", "An error on our side stopped your accounts from updating. Try again later."],
  // code.400
  ["Couldn\u2019t check your balance", "We couldn\u2019t check your account balance, so your accounts may not be up to date. Try again later."],
  // code.401
  ["Couldn\u2019t process your latest data", "We couldn\u2019t process the latest information from your bank. Try again later, and contact support if this keeps happening.", , (v) => "We couldn\u2019t process the latest information from " + v.provider + ". Try again later, and contact support if this keeps happening."],
  // code.402
  ["Your accounts are up to date", "Your accounts have been updated successfully."],
  // category.1xx
  ["Action needed at your bank", "Your bank needs you to do something before your accounts can be updated. Log in to your bank\u2019s website for details, then try again.", (v) => "Action needed at " + v.provider, (v) => v.provider + " needs you to do something before your accounts can be updated. Log in to the " + v.provider + " website for details, then try again."],
  // category.2xx
  ["Problem at your bank", "There\u2019s a problem with your bank\u2019s website, so your accounts weren\u2019t updated. Try again later.", (v) => "Problem at " + v.provider, (v) => "There\u2019s a problem with the " + v.provider + " website, so your accounts weren\u2019t updated. Try again later."],
  // category.3xx
  ["Something went wrong on our side", "An error on our side stopped your accounts from updating. Try again later."],
  // category.4xx
  ["Something went wrong", "We couldn\u2019t update your accounts. Try again later, and contact support if this keeps happening."],
  // unknown
  ["Refresh"],
  // action.wait
  ["Try again"],
  // action.retry_later
  ["Update login details"],
  // action.update_credentials
  ["Update password"],
  // action.change_password
  ["How to unblock"],
  // action.unblock_account
  ["Go to your bank"],
  // action.act_on_provider_website
  ["Check your contract"],
  // action.upgrade_contract
  ["Confirm identity"],
  // action.authenticate
  ["Renew certificate"],
  // action.renew_certificate
  ["Contact support"],
  // action.contact_support
  ["Reconnect"]
  // action.reconnect
] };

// generated/locales/bg.ts
var bg = { locale: "bg", rows: [
  ["\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0441\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438", "\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u0445\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0441 \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430.", , (v) => "\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u0445\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0441 \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 " + v.provider + "."],
  // status.finished
  ["\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441\u043B\u0435\u0434 \u043C\u0430\u043B\u043A\u043E", "\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0449\u0435 \u0431\u044A\u0434\u0430\u0442 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438 \u0441\u043B\u0435\u0434 \u043C\u0430\u043B\u043A\u043E. \u041D\u0435 \u0435 \u043D\u0443\u0436\u043D\u043E \u0434\u0430 \u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0438\u0449\u043E."],
  // status.pending
  ["\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438", "\u041F\u043E\u043B\u0443\u0447\u0430\u0432\u0430\u043C\u0435 \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430. \u0422\u043E\u0432\u0430 \u043C\u043E\u0436\u0435 \u0434\u0430 \u043E\u0442\u043D\u0435\u043C\u0435 \u043C\u0430\u043B\u043A\u043E \u0432\u0440\u0435\u043C\u0435.", , (v) => "\u041F\u043E\u043B\u0443\u0447\u0430\u0432\u0430\u043C\u0435 \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 " + v.provider + ". \u0422\u043E\u0432\u0430 \u043C\u043E\u0436\u0435 \u0434\u0430 \u043E\u0442\u043D\u0435\u043C\u0435 \u043C\u0430\u043B\u043A\u043E \u0432\u0440\u0435\u043C\u0435."],
  // status.in_progress
  ["\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435 \u0432\u044A\u0432 \u0444\u043E\u043D\u043E\u0432 \u0440\u0435\u0436\u0438\u043C", "\u041C\u043E\u0436\u0435\u0442\u0435 \u0434\u0430 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435 \u0434\u0430 \u0438\u0437\u043F\u043E\u043B\u0437\u0432\u0430\u0442\u0435 \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435\u0442\u043E. \u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0449\u0435 \u0441\u0435 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u0442 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u043D\u043E, \u043A\u043E\u0433\u0430\u0442\u043E \u043F\u0440\u043E\u0446\u0435\u0441\u044A\u0442 \u043F\u0440\u0438\u043A\u043B\u044E\u0447\u0438."],
  // status.in_background_progress
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u043E\u0447\u0430\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", "\u0417\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0438 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438, \u0438\u0437\u043F\u044A\u043B\u043D\u0435\u0442\u0435 \u0441\u0442\u044A\u043F\u043A\u0430\u0442\u0430, \u043A\u043E\u044F\u0442\u043E \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \u043F\u043E\u0442\u0432\u044A\u0440\u0436\u0434\u0430\u0432\u0430\u043D\u0435 \u043D\u0430 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u0432\u0438.", (v) => v.provider + " \u043E\u0447\u0430\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", (v) => "\u0417\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0438 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438, \u0438\u0437\u043F\u044A\u043B\u043D\u0435\u0442\u0435 \u0441\u0442\u044A\u043F\u043A\u0430\u0442\u0430, \u043A\u043E\u044F\u0442\u043E \u0438\u0437\u0438\u0441\u043A\u0432\u0430 " + v.provider + ", \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \u043F\u043E\u0442\u0432\u044A\u0440\u0436\u0434\u0430\u0432\u0430\u043D\u0435 \u043D\u0430 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u0432\u0438."],
  // status.waiting_user
  ["\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0435 \u043E\u0442\u043C\u0435\u043D\u0435\u043D\u043E", "\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0431\u0435\u0448\u0435 \u043F\u0440\u0435\u043A\u044A\u0441\u043D\u0430\u0442\u043E \u0438 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041C\u043E\u0436\u0435\u0442\u0435 \u0434\u0430 \u0433\u043E \u0441\u0442\u0430\u0440\u0442\u0438\u0440\u0430\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E \u0432\u0441\u044F\u043A\u043E \u0432\u0440\u0435\u043C\u0435."],
  // status.cancelled
  ["\u041D\u0435\u0443\u0441\u043F\u0435\u0448\u043D\u043E \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435 \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435", "\u0412\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u0433\u0440\u0435\u0448\u043A\u0430 \u043F\u0440\u0438 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // status.error
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u043F\u0440\u043E\u0432\u0435\u0436\u0434\u0430 \u043F\u0440\u043E\u0444\u0438\u043B\u0430\u043A\u0442\u0438\u043A\u0430", "\u041E\u043D\u043B\u0430\u0439\u043D \u0443\u0441\u043B\u0443\u0433\u0438\u0442\u0435 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0432\u0440\u0435\u043C\u0435\u043D\u043D\u043E \u043D\u0435 \u0440\u0430\u0431\u043E\u0442\u044F\u0442 \u043F\u043E\u0440\u0430\u0434\u0438 \u043F\u0440\u043E\u0444\u0438\u043B\u0430\u043A\u0442\u0438\u043A\u0430, \u0437\u0430\u0442\u043E\u0432\u0430 \u0432 \u043C\u043E\u043C\u0435\u043D\u0442\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", (v) => v.provider + " \u043F\u0440\u043E\u0432\u0435\u0436\u0434\u0430 \u043F\u0440\u043E\u0444\u0438\u043B\u0430\u043A\u0442\u0438\u043A\u0430", (v) => "\u041E\u043D\u043B\u0430\u0439\u043D \u0443\u0441\u043B\u0443\u0433\u0438\u0442\u0435 \u043D\u0430 " + v.provider + " \u0432\u0440\u0435\u043C\u0435\u043D\u043D\u043E \u043D\u0435 \u0440\u0430\u0431\u043E\u0442\u044F\u0442 \u043F\u043E\u0440\u0430\u0434\u0438 \u043F\u0440\u043E\u0444\u0438\u043B\u0430\u043A\u0442\u0438\u043A\u0430, \u0437\u0430\u0442\u043E\u0432\u0430 \u0432 \u043C\u043E\u043C\u0435\u043D\u0442\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // status.maintenance
  ["\u0410\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0435 \u043F\u043B\u0430\u043D\u0438\u0440\u0430\u043D\u043E", "\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0449\u0435 \u0431\u044A\u0434\u0430\u0442 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u043D\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E. \u041D\u0435 \u0435 \u043D\u0443\u0436\u043D\u043E \u0434\u0430 \u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0438\u0449\u043E."],
  // status.scheduled
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0435 \u0432\u0440\u0435\u043C\u0435\u043D\u043D\u043E \u043D\u0435\u0434\u043E\u0441\u0442\u044A\u043F\u043D\u0430", "\u0412 \u043C\u043E\u043C\u0435\u043D\u0442\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0441\u0435 \u0441\u0432\u044A\u0440\u0436\u0435\u043C \u0441 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", (v) => "\u0411\u0430\u043D\u043A\u0430 " + v.provider + " \u0435 \u0432\u0440\u0435\u043C\u0435\u043D\u043D\u043E \u043D\u0435\u0434\u043E\u0441\u0442\u044A\u043F\u043D\u0430", (v) => "\u0412 \u043C\u043E\u043C\u0435\u043D\u0442\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0441\u0435 \u0441\u0432\u044A\u0440\u0436\u0435\u043C \u0441\u044A\u0441 \u0441\u0438\u0441\u0442\u0435\u043C\u0438\u0442\u0435 \u043D\u0430 " + v.provider + ", \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // status.unavailable
  ["\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0441\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438", "\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438 \u0443\u0441\u043F\u0435\u0448\u043D\u043E."],
  // code.100
  ["\u041F\u0440\u043E\u0432\u0435\u0440\u0435\u0442\u0435 \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0441\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u043D\u0435 \u043F\u0440\u0438\u0435 \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0432\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434. \u041F\u0440\u043E\u0432\u0435\u0440\u0435\u0442\u0435 \u0433\u0438 \u0438 \u0433\u0438 \u0432\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430.", , (v) => v.provider + " \u043D\u0435 \u043F\u0440\u0438\u0435 \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0432\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434. \u041F\u0440\u043E\u0432\u0435\u0440\u0435\u0442\u0435 \u0433\u0438 \u0438 \u0433\u0438 \u0432\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430."],
  // code.201
  ["\u0413\u0440\u0435\u0448\u043D\u0438 \u0434\u0430\u043D\u043D\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u043D\u0435 \u043F\u0440\u0438\u0435 \u043F\u043E\u0442\u0440\u0435\u0431\u0438\u0442\u0435\u043B\u0441\u043A\u043E\u0442\u043E \u0432\u0438 \u0438\u043C\u0435 \u0438\u043B\u0438 \u043F\u0430\u0440\u043E\u043B\u0430\u0442\u0430. \u0412\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438\u0442\u0435 \u0441\u0438 \u0434\u0430\u043D\u043D\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430.", , (v) => v.provider + " \u043D\u0435 \u043F\u0440\u0438\u0435 \u043F\u043E\u0442\u0440\u0435\u0431\u0438\u0442\u0435\u043B\u0441\u043A\u043E\u0442\u043E \u0432\u0438 \u0438\u043C\u0435 \u0438\u043B\u0438 \u043F\u0430\u0440\u043E\u043B\u0430\u0442\u0430. \u0412\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438\u0442\u0435 \u0441\u0438 \u0434\u0430\u043D\u043D\u0438 \u0437\u0430 \u0432\u0445\u043E\u0434, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430."],
  // code.201.bad_credentials
  ["\u0414\u043E\u0441\u0442\u044A\u043F\u044A\u0442 \u0432\u0438 \u0434\u043E \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435 \u0435 \u0431\u043B\u043E\u043A\u0438\u0440\u0430\u043D", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0431\u043B\u043E\u043A\u0438\u0440\u0430 \u0434\u043E\u0441\u0442\u044A\u043F\u0430 \u0432\u0438 \u0434\u043E \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435. \u0421\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0435\u044F \u0437\u0430 \u043E\u0442\u0431\u043B\u043E\u043A\u0438\u0440\u0430\u043D\u0435 \u0438 \u0441\u043B\u0435\u0434 \u0442\u043E\u0432\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0435\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430.", , (v) => v.provider + " \u0431\u043B\u043E\u043A\u0438\u0440\u0430 \u0434\u043E\u0441\u0442\u044A\u043F\u0430 \u0432\u0438 \u0434\u043E \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435. \u041E\u0431\u044A\u0440\u043D\u0435\u0442\u0435 \u0441\u0435 \u043A\u044A\u043C " + v.provider + " \u0437\u0430 \u043E\u0442\u0431\u043B\u043E\u043A\u0438\u0440\u0430\u043D\u0435 \u0438 \u0441\u043B\u0435\u0434 \u0442\u043E\u0432\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0435\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430."],
  // code.201.account_blocked
  ["\u041F\u0430\u0440\u043E\u043B\u0430\u0442\u0430 \u0432\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u043B\u0430", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u0437\u0430\u0434\u0430\u0434\u0435\u0442\u0435 \u043D\u043E\u0432\u0430 \u043F\u0430\u0440\u043E\u043B\u0430. \u0421\u043C\u0435\u043D\u0435\u0442\u0435 \u044F \u043D\u0430 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0441\u0438, \u0441\u043B\u0435\u0434 \u043A\u043E\u0435\u0442\u043E \u0432\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u043D\u043E\u0432\u0430\u0442\u0430 \u043F\u0430\u0440\u043E\u043B\u0430 \u0442\u0443\u043A, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430.", , (v) => v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u0437\u0430\u0434\u0430\u0434\u0435\u0442\u0435 \u043D\u043E\u0432\u0430 \u043F\u0430\u0440\u043E\u043B\u0430. \u0421\u043C\u0435\u043D\u0435\u0442\u0435 \u044F \u043D\u0430 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + ", \u0441\u043B\u0435\u0434 \u043A\u043E\u0435\u0442\u043E \u0432\u044A\u0432\u0435\u0434\u0435\u0442\u0435 \u043D\u043E\u0432\u0430\u0442\u0430 \u043F\u0430\u0440\u043E\u043B\u0430 \u0442\u0443\u043A, \u0437\u0430 \u0434\u0430 \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430."],
  // code.201.password_expired
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0435\u0449\u043E, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u0412\u043B\u0435\u0437\u0442\u0435 \u0432 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0441\u0438, \u0441\u043B\u0435\u0434\u0432\u0430\u0439\u0442\u0435 \u0438\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u0438\u0442\u0435 \u0438 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E.", (v) => v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", (v) => v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0435\u0449\u043E, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u0412\u043B\u0435\u0437\u0442\u0435 \u0432 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + ", \u0441\u043B\u0435\u0434\u0432\u0430\u0439\u0442\u0435 \u0438\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0438\u0438\u0442\u0435 \u0438 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E."],
  // code.202
  ["\u0414\u043E\u0433\u043E\u0432\u043E\u0440\u044A\u0442 \u0432\u0438 \u043D\u0435 \u043F\u043E\u0437\u0432\u043E\u043B\u044F\u0432\u0430 \u0442\u043E\u0432\u0430", "\u0414\u043E\u0433\u043E\u0432\u043E\u0440\u044A\u0442 \u0432\u0438 \u0437\u0430 \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435 \u043D\u0435 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 \u0442\u0430\u0437\u0438 \u0443\u0441\u043B\u0443\u0433\u0430. \u041F\u043E\u043C\u043E\u043B\u0435\u0442\u0435 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0441\u0438 \u0434\u0430 \u0433\u043E \u0440\u0430\u0437\u0448\u0438\u0440\u0438 \u0438 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E.", , (v) => "\u0414\u043E\u0433\u043E\u0432\u043E\u0440\u044A\u0442 \u0432\u0438 \u0437\u0430 \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435 \u043D\u0435 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 \u0442\u0430\u0437\u0438 \u0443\u0441\u043B\u0443\u0433\u0430. \u041F\u043E\u043C\u043E\u043B\u0435\u0442\u0435 " + v.provider + " \u0434\u0430 \u0433\u043E \u0440\u0430\u0437\u0448\u0438\u0440\u0438 \u0438 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E."],
  // code.203
  ["\u041F\u043E\u0442\u0432\u044A\u0440\u0434\u0435\u0442\u0435 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u0441\u0438", "\u0417\u0430 \u0432\u0430\u0448\u0430 \u0441\u0438\u0433\u0443\u0440\u043D\u043E\u0441\u0442 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0432\u0438 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043F\u043E\u0442\u0432\u044A\u0440\u0434\u0438\u0442\u0435 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u0441\u0438, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438.", , (v) => "\u0417\u0430 \u0432\u0430\u0448\u0430 \u0441\u0438\u0433\u0443\u0440\u043D\u043E\u0441\u0442 " + v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043F\u043E\u0442\u0432\u044A\u0440\u0434\u0438\u0442\u0435 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u0441\u0438, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438."],
  // code.205
  ["\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u044A\u0442 \u0432\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u044A\u043B", "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u044A\u0442 \u0432\u0438 \u0437\u0430 EBICS \u0435 \u043D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0438\u043B\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u044A\u043B. \u041F\u043E\u0434\u043D\u043E\u0432\u0435\u0442\u0435 \u0433\u043E \u0432 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0441\u0438, \u0441\u043B\u0435\u0434 \u043A\u043E\u0435\u0442\u043E \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0435\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430.", , (v) => "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u044A\u0442 \u0432\u0438 \u0437\u0430 EBICS \u0435 \u043D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0438\u043B\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u044A\u043B. \u041F\u043E\u0434\u043D\u043E\u0432\u0435\u0442\u0435 \u0433\u043E \u043F\u0440\u0438 " + v.provider + ", \u0441\u043B\u0435\u0434 \u043A\u043E\u0435\u0442\u043E \u0432\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0435\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430."],
  // code.206
  ["\u041F\u0440\u043E\u0431\u043B\u0435\u043C \u0432\u044A\u0432 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430", "\u041D\u0430 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0432\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", (v) => "\u041F\u0440\u043E\u0431\u043B\u0435\u043C \u043F\u0440\u0438 " + v.provider, (v) => "\u041D\u0430 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + " \u0432\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.300
  ["\u041D\u0435\u0443\u0441\u043F\u0435\u0448\u043D\u043E \u0438\u0437\u0442\u0435\u0433\u043B\u044F\u043D\u0435 \u043D\u0430 \u0434\u0430\u043D\u043D\u0438\u0442\u0435", "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u0438\u0437\u0442\u0435\u0433\u043B\u0438\u043C \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0432\u0438 \u043E\u0442 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", , (v) => "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u0438\u0437\u0442\u0435\u0433\u043B\u0438\u043C \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0432\u0438 \u043E\u0442 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + ". \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.301
  ["\u0421\u0435\u0441\u0438\u044F\u0442\u0430 \u0432\u0438 \u0441 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0438\u0437\u0442\u0435\u0447\u0435", "\u0421\u0435\u0441\u0438\u044F\u0442\u0430 \u0441 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0432\u0438 \u043F\u0440\u0438\u043A\u043B\u044E\u0447\u0438, \u043F\u0440\u0435\u0434\u0438 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0438. \u0422\u043E\u0432\u0430 \u043C\u043E\u0436\u0435 \u0434\u0430 \u0441\u0435 \u0441\u043B\u0443\u0447\u0438, \u0430\u043A\u043E \u0441\u0442\u0435 \u0432\u043B\u0435\u0437\u043B\u0438 \u0438 \u043E\u0442 \u0434\u0440\u0443\u0433\u043E \u043C\u044F\u0441\u0442\u043E. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u0441\u043B\u0435\u0434 \u043D\u044F\u043A\u043E\u043B\u043A\u043E \u043C\u0438\u043D\u0443\u0442\u0438.", , (v) => "\u0421\u0435\u0441\u0438\u044F\u0442\u0430 \u0432\u0438 \u0432 \u043E\u043D\u043B\u0430\u0439\u043D \u0431\u0430\u043D\u043A\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 " + v.provider + " \u043F\u0440\u0438\u043A\u043B\u044E\u0447\u0438, \u043F\u0440\u0435\u0434\u0438 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0438. \u0422\u043E\u0432\u0430 \u043C\u043E\u0436\u0435 \u0434\u0430 \u0441\u0435 \u0441\u043B\u0443\u0447\u0438, \u0430\u043A\u043E \u0441\u0442\u0435 \u0432\u043B\u0435\u0437\u043B\u0438 \u0438 \u043E\u0442 \u0434\u0440\u0443\u0433\u043E \u043C\u044F\u0441\u0442\u043E. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u0441\u043B\u0435\u0434 \u043D\u044F\u043A\u043E\u043B\u043A\u043E \u043C\u0438\u043D\u0443\u0442\u0438."],
  // code.302
  ["\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0438\u043C \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E", "\u0421\u0430\u0439\u0442\u044A\u0442 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u043F\u043E\u043A\u0430\u0437\u0430 \u043D\u0435\u0449\u043E, \u043A\u043E\u0435\u0442\u043E \u0432\u0441\u0435 \u043E\u0449\u0435 \u043D\u0435 \u043F\u043E\u0434\u0434\u044A\u0440\u0436\u0430\u043C\u0435, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u0421\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0448\u0438\u044F \u0435\u043A\u0438\u043F \u0437\u0430 \u043F\u043E\u0434\u0434\u0440\u044A\u0436\u043A\u0430, \u0437\u0430 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438\u043C \u043F\u0440\u043E\u0431\u043B\u0435\u043C\u0430.", , (v) => "\u0421\u0430\u0439\u0442\u044A\u0442 \u043D\u0430 " + v.provider + " \u043F\u043E\u043A\u0430\u0437\u0430 \u043D\u0435\u0449\u043E, \u043A\u043E\u0435\u0442\u043E \u0432\u0441\u0435 \u043E\u0449\u0435 \u043D\u0435 \u043F\u043E\u0434\u0434\u044A\u0440\u0436\u0430\u043C\u0435, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u0421\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0448\u0438\u044F \u0435\u043A\u0438\u043F \u0437\u0430 \u043F\u043E\u0434\u0434\u0440\u044A\u0436\u043A\u0430, \u0437\u0430 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438\u043C \u043F\u0440\u043E\u0431\u043B\u0435\u043C\u0430."],
  // code.303
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438 \u043F\u0440\u043E\u0431\u043B\u0435\u043C", "\u0418\u043C\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u043E\u0442 \u0441\u0442\u0440\u0430\u043D\u0430 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430, \u043A\u043E\u0439\u0442\u043E \u0441\u0430\u043C\u043E \u0442\u044F \u043C\u043E\u0436\u0435 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438. \u041D\u0435 \u0435 \u043D\u0443\u0436\u043D\u043E \u0434\u0430 \u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0438\u0449\u043E \u2013 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", (v) => v.provider + " \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438 \u043F\u0440\u043E\u0431\u043B\u0435\u043C", (v) => "\u0418\u043C\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u043E\u0442 \u0441\u0442\u0440\u0430\u043D\u0430 \u043D\u0430 " + v.provider + ", \u043A\u043E\u0439\u0442\u043E \u0441\u0430\u043C\u043E " + v.provider + " \u043C\u043E\u0436\u0435 \u0434\u0430 \u043E\u0442\u0441\u0442\u0440\u0430\u043D\u0438. \u041D\u0435 \u0435 \u043D\u0443\u0436\u043D\u043E \u0434\u0430 \u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0438\u0449\u043E \u2013 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.304
  ["\u041F\u0440\u043E\u0431\u043B\u0435\u043C \u0441\u044A\u0441 \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u0430 \u043D\u0430 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0432\u0438", "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u044A\u0442 \u0437\u0430 \u0441\u0438\u0433\u0443\u0440\u043D\u043E\u0441\u0442 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0435 \u043D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0438\u043B\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u044A\u043B. \u0411\u0430\u043D\u043A\u0430\u0442\u0430 \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0433\u043E \u043F\u043E\u0434\u043D\u043E\u0432\u0438, \u0437\u0430\u0442\u043E\u0432\u0430 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", , (v) => "\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u044A\u0442 \u0437\u0430 \u0441\u0438\u0433\u0443\u0440\u043D\u043E\u0441\u0442 \u043D\u0430 " + v.provider + " \u0435 \u043D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0438\u043B\u0438 \u0435 \u0438\u0437\u0442\u0435\u043A\u044A\u043B. " + v.provider + " \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0433\u043E \u043F\u043E\u0434\u043D\u043E\u0432\u0438, \u0437\u0430\u0442\u043E\u0432\u0430 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.305
  ["\u0412\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u0433\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 \u043D\u0430\u0448\u0430 \u0441\u0442\u0440\u0430\u043D\u0430", "\u0413\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 \u043D\u0430\u0448\u0430 \u0441\u0442\u0440\u0430\u043D\u0430 \u043F\u043E\u043F\u0440\u0435\u0447\u0438 \u043D\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.400
  ["\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u043C \u043D\u0430\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430", "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u043C \u043D\u0430\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430 \u043F\u043E \u0441\u043C\u0435\u0442\u043A\u0430\u0442\u0430 \u0432\u0438, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043C\u043E\u0436\u0435 \u0434\u0430 \u043D\u0435 \u0441\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // code.401
  ["\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0438\u043C \u0434\u0430\u043D\u043D\u0438\u0442\u0435", "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0438\u043C \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E, \u0430 \u0430\u043A\u043E \u043F\u0440\u043E\u0431\u043B\u0435\u043C\u044A\u0442 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0430\u0432\u0430, \u0441\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0448\u0438\u044F \u0435\u043A\u0438\u043F \u0437\u0430 \u043F\u043E\u0434\u0434\u0440\u044A\u0436\u043A\u0430.", , (v) => "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0438\u043C \u043D\u0430\u0439-\u043D\u043E\u0432\u0438\u0442\u0435 \u0434\u0430\u043D\u043D\u0438 \u043E\u0442 " + v.provider + ". \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E, \u0430 \u0430\u043A\u043E \u043F\u0440\u043E\u0431\u043B\u0435\u043C\u044A\u0442 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0430\u0432\u0430, \u0441\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0448\u0438\u044F \u0435\u043A\u0438\u043F \u0437\u0430 \u043F\u043E\u0434\u0434\u0440\u044A\u0436\u043A\u0430."],
  // code.402
  ["\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0441\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u043D\u0438", "\u0421\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438 \u0443\u0441\u043F\u0435\u0448\u043D\u043E."],
  // category.1xx
  ["\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", "\u0412\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0435\u0449\u043E, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u0417\u0430 \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0432\u043B\u0435\u0437\u0442\u0435 \u0432 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0431\u0430\u043D\u043A\u0430\u0442\u0430 \u0441\u0438 \u0438 \u0441\u043B\u0435\u0434 \u0442\u043E\u0432\u0430 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E.", (v) => v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u043E\u0442 \u0432\u0430\u0441", (v) => v.provider + " \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0434\u0430 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442\u0435 \u043D\u0435\u0449\u043E, \u043F\u0440\u0435\u0434\u0438 \u0434\u0430 \u043C\u043E\u0436\u0435\u043C \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u0417\u0430 \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0432\u043B\u0435\u0437\u0442\u0435 \u0432 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + " \u0438 \u0441\u043B\u0435\u0434 \u0442\u043E\u0432\u0430 \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E."],
  // category.2xx
  ["\u041F\u0440\u043E\u0431\u043B\u0435\u043C \u0432\u044A\u0432 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430", "\u0418\u043C\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u0441\u044A\u0441 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0432\u0430\u0448\u0430\u0442\u0430 \u0431\u0430\u043D\u043A\u0430, \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E.", (v) => "\u041F\u0440\u043E\u0431\u043B\u0435\u043C \u043F\u0440\u0438 " + v.provider, (v) => "\u0418\u043C\u0430 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u0441\u044A\u0441 \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 " + v.provider + ", \u0437\u0430\u0442\u043E\u0432\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438 \u043D\u0435 \u0431\u044F\u0445\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // category.3xx
  ["\u0412\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u0433\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 \u043D\u0430\u0448\u0430 \u0441\u0442\u0440\u0430\u043D\u0430", "\u0413\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 \u043D\u0430\u0448\u0430 \u0441\u0442\u0440\u0430\u043D\u0430 \u043F\u043E\u043F\u0440\u0435\u0447\u0438 \u043D\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E."],
  // category.4xx
  ["\u041D\u0435\u0449\u043E \u0441\u0435 \u043E\u0431\u044A\u0440\u043A\u0430", "\u041D\u0435 \u0443\u0441\u043F\u044F\u0445\u043C\u0435 \u0434\u0430 \u0430\u043A\u0442\u0443\u0430\u043B\u0438\u0437\u0438\u0440\u0430\u043C\u0435 \u0441\u043C\u0435\u0442\u043A\u0438\u0442\u0435 \u0432\u0438. \u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E \u043F\u043E-\u043A\u044A\u0441\u043D\u043E, \u0430 \u0430\u043A\u043E \u043F\u0440\u043E\u0431\u043B\u0435\u043C\u044A\u0442 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0430\u0432\u0430, \u0441\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0448\u0438\u044F \u0435\u043A\u0438\u043F \u0437\u0430 \u043F\u043E\u0434\u0434\u0440\u044A\u0436\u043A\u0430."],
  // unknown
  ["\u041E\u043F\u0440\u0435\u0441\u043D\u0435\u0442\u0435"],
  // action.wait
  ["\u041E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E"],
  // action.retry_later
  ["\u041E\u0431\u043D\u043E\u0432\u0435\u0442\u0435 \u0434\u0430\u043D\u043D\u0438\u0442\u0435 \u0437\u0430 \u0432\u0445\u043E\u0434"],
  // action.update_credentials
  ["\u041E\u0431\u043D\u043E\u0432\u0435\u0442\u0435 \u043F\u0430\u0440\u043E\u043B\u0430\u0442\u0430"],
  // action.change_password
  ["\u041A\u0430\u043A \u0434\u0430 \u043E\u0442\u0431\u043B\u043E\u043A\u0438\u0440\u0430\u0442\u0435"],
  // action.unblock_account
  ["\u041A\u044A\u043C \u0441\u0430\u0439\u0442\u0430 \u043D\u0430 \u0431\u0430\u043D\u043A\u0430\u0442\u0430"],
  // action.act_on_provider_website
  ["\u041F\u0440\u043E\u0432\u0435\u0440\u0435\u0442\u0435 \u0434\u043E\u0433\u043E\u0432\u043E\u0440\u0430"],
  // action.upgrade_contract
  ["\u041F\u043E\u0442\u0432\u044A\u0440\u0434\u0435\u0442\u0435 \u0441\u0430\u043C\u043E\u043B\u0438\u0447\u043D\u043E\u0441\u0442\u0442\u0430"],
  // action.authenticate
  ["\u041F\u043E\u0434\u043D\u043E\u0432\u0435\u0442\u0435 \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u0430"],
  // action.renew_certificate
  ["\u0421\u0432\u044A\u0440\u0436\u0435\u0442\u0435 \u0441\u0435 \u0441 \u043D\u0430\u0441"],
  // action.contact_support
  ["\u0412\u044A\u0437\u0441\u0442\u0430\u043D\u043E\u0432\u0435\u0442\u0435 \u0432\u0440\u044A\u0437\u043A\u0430\u0442\u0430"]
  // action.reconnect
] };

// generated/locales/cs.ts
var cs = { locale: "cs", rows: [
  ["Va\u0161e \xFA\u010Dty jsou aktu\xE1ln\xED", "Na\u010Detli jsme nejnov\u011Bj\u0161\xED \xFAdaje z\xA0va\u0161\xED banky a\xA0aktualizovali va\u0161e \xFA\u010Dty.", , (v) => "Na\u010Detli jsme nejnov\u011Bj\u0161\xED \xFAdaje z\xA0banky " + v.provider + " a\xA0aktualizovali va\u0161e \xFA\u010Dty."],
  // status.finished
  ["Aktualizace brzy za\u010Dne", "Va\u0161e \xFA\u010Dty za chv\xEDli aktualizujeme. Nemus\xEDte nic d\u011Blat."],
  // status.pending
  ["Aktualizujeme va\u0161e \xFA\u010Dty", "Na\u010D\xEDt\xE1me nejnov\u011Bj\u0161\xED \xFAdaje z\xA0va\u0161\xED banky. M\u016F\u017Ee to chv\xEDli trvat.", , (v) => "Na\u010D\xEDt\xE1me nejnov\u011Bj\u0161\xED \xFAdaje z\xA0banky " + v.provider + ". M\u016F\u017Ee to chv\xEDli trvat."],
  // status.in_progress
  ["Aktualizace prob\xEDh\xE1 na pozad\xED", "Aplikaci m\u016F\u017Eete d\xE1l pou\u017E\xEDvat. Jakmile budeme hotovi, va\u0161e \xFA\u010Dty se automaticky aktualizuj\xED."],
  // status.in_background_progress
  ["Va\u0161e banka na v\xE1s \u010Dek\xE1", "Abychom mohli aktualizaci \xFA\u010Dt\u016F dokon\u010Dit, prove\u010Fte krok, kter\xFD po v\xE1s va\u0161e banka po\u017Eaduje, nap\u0159\xEDklad ov\u011B\u0159en\xED toto\u017Enosti.", (v) => "Banka " + v.provider + " na v\xE1s \u010Dek\xE1", (v) => "Abychom mohli aktualizaci \xFA\u010Dt\u016F dokon\u010Dit, prove\u010Fte krok, kter\xFD po v\xE1s po\u017Eaduje banka " + v.provider + ", nap\u0159\xEDklad ov\u011B\u0159en\xED toto\u017Enosti."],
  // status.waiting_user
  ["Aktualizace byla zru\u0161ena", "Aktualizace byla p\u0159eru\u0161ena, tak\u017Ee va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. M\u016F\u017Eete ji kdykoli spustit znovu."],
  // status.cancelled
  ["\xDA\u010Dty se nepoda\u0159ilo aktualizovat", "P\u0159i aktualizaci \xFA\u010Dt\u016F se n\u011Bco pokazilo. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // status.error
  ["Ve va\u0161\xED bance prob\xEDh\xE1 \xFAdr\u017Eba", "Online slu\u017Eby va\u0161\xED banky jsou kv\u016Fli \xFAdr\u017Eb\u011B do\u010Dasn\u011B nedostupn\xE9, proto te\u010F nem\u016F\u017Eeme va\u0161e \xFA\u010Dty aktualizovat. Zkuste to pros\xEDm znovu pozd\u011Bji.", (v) => "V\xA0bance " + v.provider + " prob\xEDh\xE1 \xFAdr\u017Eba", (v) => "Online slu\u017Eby banky " + v.provider + " jsou kv\u016Fli \xFAdr\u017Eb\u011B do\u010Dasn\u011B nedostupn\xE9, proto te\u010F nem\u016F\u017Eeme va\u0161e \xFA\u010Dty aktualizovat. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // status.maintenance
  ["Aktualizace je napl\xE1novan\xE1", "Va\u0161e \xFA\u010Dty aktualizujeme automaticky pozd\u011Bji. Nemus\xEDte nic d\u011Blat."],
  // status.scheduled
  ["Va\u0161e banka je nedostupn\xE1", "K\xA0va\u0161\xED bance se moment\xE1ln\u011B nem\u016F\u017Eeme p\u0159ipojit, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji.", (v) => "Banka " + v.provider + " je nedostupn\xE1", (v) => "K\xA0bance " + v.provider + " se moment\xE1ln\u011B nem\u016F\u017Eeme p\u0159ipojit, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // status.unavailable
  ["Va\u0161e \xFA\u010Dty jsou aktu\xE1ln\xED", "Va\u0161e \xFA\u010Dty byly \xFAsp\u011B\u0161n\u011B aktualizov\xE1ny."],
  // code.100
  ["Zkontrolujte p\u0159ihla\u0161ovac\xED \xFAdaje", "Va\u0161e banka nep\u0159ijala zadan\xE9 p\u0159ihla\u0161ovac\xED \xFAdaje. Zkontrolujte je a\xA0pro obnoven\xED p\u0159ipojen\xED je zadejte znovu.", , (v) => "Banka " + v.provider + " nep\u0159ijala zadan\xE9 p\u0159ihla\u0161ovac\xED \xFAdaje. Zkontrolujte je a\xA0pro obnoven\xED p\u0159ipojen\xED je zadejte znovu."],
  // code.201
  ["Nespr\xE1vn\xE9 p\u0159ihla\u0161ovac\xED \xFAdaje", "Va\u0161e banka nep\u0159ijala va\u0161e u\u017Eivatelsk\xE9 jm\xE9no nebo heslo. Pro obnoven\xED p\u0159ipojen\xED zadejte aktu\xE1ln\xED p\u0159ihla\u0161ovac\xED \xFAdaje.", , (v) => "Banka " + v.provider + " nep\u0159ijala va\u0161e u\u017Eivatelsk\xE9 jm\xE9no nebo heslo. Pro obnoven\xED p\u0159ipojen\xED zadejte aktu\xE1ln\xED p\u0159ihla\u0161ovac\xED \xFAdaje."],
  // code.201.bad_credentials
  ["Internetov\xE9 bankovnictv\xED je zablokovan\xE9", "Va\u0161e banka zablokovala p\u0159\xEDstup do va\u0161eho internetov\xE9ho bankovnictv\xED. Obra\u0165te se na banku a\xA0po\u017E\xE1dejte o\xA0odblokov\xE1n\xED, potom se znovu p\u0159ipojte.", , (v) => "Banka " + v.provider + " zablokovala p\u0159\xEDstup do va\u0161eho internetov\xE9ho bankovnictv\xED. Obra\u0165te se na banku a\xA0po\u017E\xE1dejte o\xA0odblokov\xE1n\xED, potom se znovu p\u0159ipojte."],
  // code.201.account_blocked
  ["Platnost hesla vypr\u0161ela", "Va\u0161e banka vy\u017Eaduje nastaven\xED nov\xE9ho hesla. Zm\u011B\u0148te ho na webov\xFDch str\xE1nk\xE1ch sv\xE9 banky a\xA0pak se znovu p\u0159ipojte s\xA0nov\xFDm heslem.", , (v) => "Banka " + v.provider + " vy\u017Eaduje nastaven\xED nov\xE9ho hesla. Zm\u011B\u0148te ho na webov\xFDch str\xE1nk\xE1ch banky a\xA0pak se znovu p\u0159ipojte s\xA0nov\xFDm heslem."],
  // code.201.password_expired
  ["Ve va\u0161\xED bance je pot\u0159eba n\u011Bco ud\u011Blat", "Ne\u017E budeme moci aktualizovat va\u0161e \xFA\u010Dty, mus\xEDte n\u011Bco vy\u0159\xEDdit ve sv\xE9 bance. P\u0159ihlaste se na webov\xFDch str\xE1nk\xE1ch banky, postupujte podle pokyn\u016F a\xA0pak to zkuste znovu.", (v) => "V\xA0bance " + v.provider + " je pot\u0159eba n\u011Bco ud\u011Blat", (v) => "Ne\u017E budeme moci aktualizovat va\u0161e \xFA\u010Dty, mus\xEDte n\u011Bco vy\u0159\xEDdit v\xA0bance " + v.provider + ". P\u0159ihlaste se na webov\xFDch str\xE1nk\xE1ch banky, postupujte podle pokyn\u016F a\xA0pak to zkuste znovu."],
  // code.202
  ["Va\u0161e smlouva to neumo\u017E\u0148uje", "Va\u0161e smlouva o\xA0internetov\xE9m bankovnictv\xED tuto slu\u017Ebu nezahrnuje. Po\u017E\xE1dejte svou banku o\xA0roz\u0161\xED\u0159en\xED smlouvy a\xA0pak to zkuste znovu.", , (v) => "Va\u0161e smlouva o\xA0internetov\xE9m bankovnictv\xED tuto slu\u017Ebu nezahrnuje. Po\u017E\xE1dejte banku " + v.provider + " o\xA0roz\u0161\xED\u0159en\xED smlouvy a\xA0pak to zkuste znovu."],
  // code.203
  ["Ov\u011B\u0159te svou toto\u017Enost", "Z\xA0bezpe\u010Dnostn\xEDch d\u016Fvod\u016F va\u0161e banka vy\u017Eaduje ov\u011B\u0159en\xED toto\u017Enosti, ne\u017E bude mo\u017En\xE9 \xFA\u010Dty aktualizovat.", , (v) => "Z\xA0bezpe\u010Dnostn\xEDch d\u016Fvod\u016F banka " + v.provider + " vy\u017Eaduje ov\u011B\u0159en\xED toto\u017Enosti, ne\u017E bude mo\u017En\xE9 \xFA\u010Dty aktualizovat."],
  // code.205
  ["Platnost va\u0161eho certifik\xE1tu vypr\u0161ela", "V\xE1\u0161 certifik\xE1t EBICS je neplatn\xFD nebo mu vypr\u0161ela platnost. Obnovte ho u\xA0sv\xE9 banky a\xA0pak se znovu p\u0159ipojte.", , (v) => "V\xE1\u0161 certifik\xE1t EBICS je neplatn\xFD nebo mu vypr\u0161ela platnost. Obnovte ho u\xA0banky " + v.provider + " a\xA0pak se znovu p\u0159ipojte."],
  // code.206
  ["Probl\xE9m ve va\u0161\xED bance", "Na webov\xFDch str\xE1nk\xE1ch va\u0161\xED banky do\u0161lo k\xA0chyb\u011B, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji.", (v) => "Probl\xE9m v\xA0bance " + v.provider, (v) => "Na webov\xFDch str\xE1nk\xE1ch banky " + v.provider + " do\u0161lo k\xA0chyb\u011B, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // code.300
  ["Nejnov\u011Bj\u0161\xED \xFAdaje se nepoda\u0159ilo na\u010D\xEDst", "Va\u0161e \xFAdaje se n\xE1m nepoda\u0159ilo st\xE1hnout z\xA0webov\xFDch str\xE1nek va\u0161\xED banky. Zkuste to pros\xEDm znovu pozd\u011Bji.", , (v) => "Va\u0161e \xFAdaje se n\xE1m nepoda\u0159ilo st\xE1hnout z\xA0webov\xFDch str\xE1nek banky " + v.provider + ". Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // code.301
  ["P\u0159ihl\xE1\u0161en\xED do banky vypr\u0161elo", "Va\u0161e p\u0159ihl\xE1\u0161en\xED do banky skon\u010Dilo d\u0159\xEDv, ne\u017E se aktualizace dokon\u010Dila. M\u016F\u017Ee se to st\xE1t, kdy\u017E sou\u010Dasn\u011B pou\u017E\xEDv\xE1te internetov\xE9 bankovnictv\xED i\xA0jinde. Zkuste to pros\xEDm znovu za p\xE1r minut.", , (v) => "Va\u0161e p\u0159ihl\xE1\u0161en\xED do banky " + v.provider + " skon\u010Dilo d\u0159\xEDv, ne\u017E se aktualizace dokon\u010Dila. M\u016F\u017Ee se to st\xE1t, kdy\u017E sou\u010Dasn\u011B pou\u017E\xEDv\xE1te internetov\xE9 bankovnictv\xED i\xA0jinde. Zkuste to pros\xEDm znovu za p\xE1r minut."],
  // code.302
  ["Aktualizaci se nepoda\u0159ilo dokon\u010Dit", "Na webov\xFDch str\xE1nk\xE1ch va\u0161\xED banky se objevilo n\u011Bco, s\xA0\u010D\xEDm si zat\xEDm neum\xEDme poradit, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Obra\u0165te se na na\u0161i podporu, abychom to mohli opravit.", , (v) => "Na webov\xFDch str\xE1nk\xE1ch banky " + v.provider + " se objevilo n\u011Bco, s\xA0\u010D\xEDm si zat\xEDm neum\xEDme poradit, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Obra\u0165te se na na\u0161i podporu, abychom to mohli opravit."],
  // code.303
  ["Probl\xE9m na stran\u011B va\u0161\xED banky", "Probl\xE9m je na stran\u011B va\u0161\xED banky a\xA0vy\u0159e\u0161it ho m\u016F\u017Ee jen ona. Nemus\xEDte nic d\u011Blat \u2013 zkuste to pros\xEDm znovu pozd\u011Bji.", (v) => "Probl\xE9m na stran\u011B banky " + v.provider, (v) => "Probl\xE9m je na stran\u011B banky " + v.provider + " a\xA0vy\u0159e\u0161it ho m\u016F\u017Ee jen ona. Nemus\xEDte nic d\u011Blat \u2013 zkuste to pros\xEDm znovu pozd\u011Bji."],
  // code.304
  ["Probl\xE9m s\xA0certifik\xE1tem va\u0161\xED banky", "Bezpe\u010Dnostn\xED certifik\xE1t va\u0161\xED banky je neplatn\xFD nebo mu vypr\u0161ela platnost. Banka ho mus\xED obnovit, proto to zkuste pros\xEDm znovu pozd\u011Bji.", , (v) => "Bezpe\u010Dnostn\xED certifik\xE1t banky " + v.provider + " je neplatn\xFD nebo mu vypr\u0161ela platnost. Banka ho mus\xED obnovit, proto to zkuste pros\xEDm znovu pozd\u011Bji."],
  // code.305
  ["Chyba na na\u0161\xED stran\u011B", "Kv\u016Fli chyb\u011B na na\u0161\xED stran\u011B se va\u0161e \xFA\u010Dty nepoda\u0159ilo aktualizovat. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // code.400
  ["Z\u016Fstatek se nepoda\u0159ilo ov\u011B\u0159it", "Nepoda\u0159ilo se n\xE1m ov\u011B\u0159it z\u016Fstatek na \xFA\u010Dtu, proto va\u0161e \xFA\u010Dty nemus\xED b\xFDt aktu\xE1ln\xED. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // code.401
  ["Nejnov\u011Bj\u0161\xED \xFAdaje se nepoda\u0159ilo zpracovat", "Nejnov\u011Bj\u0161\xED \xFAdaje z\xA0va\u0161\xED banky se n\xE1m nepoda\u0159ilo zpracovat. Zkuste to pros\xEDm znovu pozd\u011Bji. Pokud se to bude opakovat, obra\u0165te se na na\u0161i podporu.", , (v) => "Nejnov\u011Bj\u0161\xED \xFAdaje z\xA0banky " + v.provider + " se n\xE1m nepoda\u0159ilo zpracovat. Zkuste to pros\xEDm znovu pozd\u011Bji. Pokud se to bude opakovat, obra\u0165te se na na\u0161i podporu."],
  // code.402
  ["Va\u0161e \xFA\u010Dty jsou aktu\xE1ln\xED", "Va\u0161e \xFA\u010Dty byly \xFAsp\u011B\u0161n\u011B aktualizov\xE1ny."],
  // category.1xx
  ["Ve va\u0161\xED bance je pot\u0159eba n\u011Bco ud\u011Blat", "Ne\u017E budeme moci aktualizovat va\u0161e \xFA\u010Dty, mus\xEDte n\u011Bco vy\u0159\xEDdit ve sv\xE9 bance. Podrobnosti najdete po p\u0159ihl\xE1\u0161en\xED na webov\xFDch str\xE1nk\xE1ch banky. Pak to zkuste znovu.", (v) => "V\xA0bance " + v.provider + " je pot\u0159eba n\u011Bco ud\u011Blat", (v) => "Ne\u017E budeme moci aktualizovat va\u0161e \xFA\u010Dty, mus\xEDte n\u011Bco vy\u0159\xEDdit v\xA0bance " + v.provider + ". Podrobnosti najdete po p\u0159ihl\xE1\u0161en\xED na webov\xFDch str\xE1nk\xE1ch banky. Pak to zkuste znovu."],
  // category.2xx
  ["Probl\xE9m ve va\u0161\xED bance", "Na webov\xFDch str\xE1nk\xE1ch va\u0161\xED banky nastal probl\xE9m, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji.", (v) => "Probl\xE9m v\xA0bance " + v.provider, (v) => "Na webov\xFDch str\xE1nk\xE1ch banky " + v.provider + " nastal probl\xE9m, proto va\u0161e \xFA\u010Dty nebyly aktualizov\xE1ny. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // category.3xx
  ["Chyba na na\u0161\xED stran\u011B", "Kv\u016Fli chyb\u011B na na\u0161\xED stran\u011B se va\u0161e \xFA\u010Dty nepoda\u0159ilo aktualizovat. Zkuste to pros\xEDm znovu pozd\u011Bji."],
  // category.4xx
  ["N\u011Bco se pokazilo", "Va\u0161e \xFA\u010Dty se n\xE1m nepoda\u0159ilo aktualizovat. Zkuste to pros\xEDm znovu pozd\u011Bji. Pokud se to bude opakovat, obra\u0165te se na na\u0161i podporu."],
  // unknown
  ["Obnovit"],
  // action.wait
  ["Zkusit znovu"],
  // action.retry_later
  ["Zadat p\u0159ihla\u0161ovac\xED \xFAdaje"],
  // action.update_credentials
  ["Aktualizovat heslo"],
  // action.change_password
  ["Jak odblokovat p\u0159\xEDstup"],
  // action.unblock_account
  ["P\u0159ej\xEDt na web banky"],
  // action.act_on_provider_website
  ["Zkontrolovat smlouvu"],
  // action.upgrade_contract
  ["Ov\u011B\u0159it toto\u017Enost"],
  // action.authenticate
  ["Obnovit certifik\xE1t"],
  // action.renew_certificate
  ["Kontaktovat podporu"],
  // action.contact_support
  ["Znovu p\u0159ipojit"]
  // action.reconnect
] };

// generated/locales/da.ts
var da = { locale: "da", rows: [
  ["Dine konti er opdateret", "Vi har opdateret dine konti med de nyeste oplysninger fra din bank.", , (v) => "Vi har opdateret dine konti med de nyeste oplysninger fra " + v.provider + "."],
  // status.finished
  ["Opdateringen starter om lidt", "Dine konti bliver opdateret om et \xF8jeblik. Du beh\xF8ver ikke g\xF8re noget."],
  // status.pending
  ["Dine konti bliver opdateret", "Vi henter de nyeste oplysninger fra din bank. Det kan tage et \xF8jeblik.", , (v) => "Vi henter de nyeste oplysninger fra " + v.provider + ". Det kan tage et \xF8jeblik."],
  // status.in_progress
  ["Opdateringen forts\xE6tter i baggrunden", "Du kan forts\xE6tte med at bruge appen imens. Dine konti bliver opdateret automatisk, s\xE5 snart vi er f\xE6rdige."],
  // status.in_background_progress
  ["Din bank venter p\xE5 dig", "For at opdateringen kan blive f\xE6rdig, skal du gennemf\xF8re det trin, din bank beder om, for eksempel at bekr\xE6fte din identitet.", (v) => v.provider + " venter p\xE5 dig", (v) => "For at opdateringen kan blive f\xE6rdig, skal du gennemf\xF8re det trin, " + v.provider + " beder om, for eksempel at bekr\xE6fte din identitet."],
  // status.waiting_user
  ["Opdateringen blev afbrudt", "Opdateringen blev stoppet, inden den var f\xE6rdig, s\xE5 dine konti er ikke blevet opdateret. Du kan til enhver tid starte den igen."],
  // status.cancelled
  ["Vi kunne ikke opdatere dine konti", "Noget gik galt under opdateringen af dine konti. Pr\xF8v igen senere."],
  // status.error
  ["Vedligeholdelse hos din bank", "Din bank har midlertidigt lukket sine digitale tjenester p\xE5 grund af vedligeholdelse, s\xE5 vi kan ikke opdatere dine konti lige nu. Pr\xF8v igen senere.", (v) => "Vedligeholdelse hos " + v.provider, (v) => v.provider + " har midlertidigt lukket sine digitale tjenester p\xE5 grund af vedligeholdelse, s\xE5 vi kan ikke opdatere dine konti lige nu. Pr\xF8v igen senere."],
  // status.maintenance
  ["Opdateringen er planlagt", "Dine konti bliver opdateret automatisk senere. Du beh\xF8ver ikke g\xF8re noget."],
  // status.scheduled
  ["Din bank er ikke tilg\xE6ngelig", "Vi kan ikke f\xE5 forbindelse til din bank lige nu, s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere.", (v) => v.provider + " er ikke tilg\xE6ngelig", (v) => "Vi kan ikke f\xE5 forbindelse til " + v.provider + " lige nu, s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere."],
  // status.unavailable
  ["Dine konti er opdateret", "Dine konti blev opdateret uden problemer."],
  // code.100
  ["Tjek dine loginoplysninger", "Din bank godkendte ikke dine loginoplysninger. Tjek dem, og indtast dem igen for at genoprette forbindelsen.", , (v) => v.provider + " godkendte ikke dine loginoplysninger. Tjek dem, og indtast dem igen for at genoprette forbindelsen."],
  // code.201
  ["Forkerte loginoplysninger", "Din bank godkendte ikke dit brugernavn eller din adgangskode. Indtast dine nuv\xE6rende loginoplysninger for at genoprette forbindelsen.", , (v) => v.provider + " godkendte ikke dit brugernavn eller din adgangskode. Indtast dine nuv\xE6rende loginoplysninger for at genoprette forbindelsen."],
  // code.201.bad_credentials
  ["Din netbank er sp\xE6rret", "Din bank har sp\xE6rret din adgang til netbanken. Kontakt banken for at f\xE5 sp\xE6rringen oph\xE6vet, og genopret derefter forbindelsen.", , (v) => v.provider + " har sp\xE6rret din adgang til netbanken. Kontakt " + v.provider + " for at f\xE5 sp\xE6rringen oph\xE6vet, og genopret derefter forbindelsen."],
  // code.201.account_blocked
  ["Din adgangskode er udl\xF8bet", "Din bank beder dig v\xE6lge en ny adgangskode. Skift den p\xE5 din banks hjemmeside, og genopret derefter forbindelsen med den nye adgangskode.", , (v) => v.provider + " beder dig v\xE6lge en ny adgangskode. Skift den p\xE5 hjemmesiden hos " + v.provider + ", og genopret derefter forbindelsen med den nye adgangskode."],
  // code.201.password_expired
  ["Du skal g\xF8re noget hos din bank", "Din bank beder dig g\xF8re noget, f\xF8r dine konti kan blive opdateret. Log p\xE5 din banks hjemmeside, f\xF8lg vejledningen, og pr\xF8v s\xE5 igen.", (v) => "Du skal g\xF8re noget hos " + v.provider, (v) => v.provider + " beder dig g\xF8re noget, f\xF8r dine konti kan blive opdateret. Log p\xE5 hjemmesiden hos " + v.provider + ", f\xF8lg vejledningen, og pr\xF8v s\xE5 igen."],
  // code.202
  ["Din aftale d\xE6kker ikke dette", "Din netbankaftale d\xE6kker ikke denne tjeneste. Bed din bank om at udvide aftalen, og pr\xF8v s\xE5 igen.", , (v) => "Din netbankaftale d\xE6kker ikke denne tjeneste. Bed " + v.provider + " om at udvide aftalen, og pr\xF8v s\xE5 igen."],
  // code.203
  ["Bekr\xE6ft din identitet", "Af sikkerhedshensyn beder din bank dig bekr\xE6fte din identitet, f\xF8r dine konti kan blive opdateret.", , (v) => "Af sikkerhedshensyn beder " + v.provider + " dig bekr\xE6fte din identitet, f\xF8r dine konti kan blive opdateret."],
  // code.205
  ["Dit certifikat er udl\xF8bet", "Dit EBICS-certifikat er ugyldigt eller udl\xF8bet. Forny det hos din bank, og genopret derefter forbindelsen.", , (v) => "Dit EBICS-certifikat er ugyldigt eller udl\xF8bet. Forny det hos " + v.provider + ", og genopret derefter forbindelsen."],
  // code.206
  ["Problem hos din bank", "Der opstod en fejl p\xE5 din banks hjemmeside, s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere.", (v) => "Problem hos " + v.provider, (v) => "Der opstod en fejl p\xE5 hjemmesiden hos " + v.provider + ", s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere."],
  // code.300
  ["Vi kunne ikke hente dine nyeste oplysninger", "Vi kunne ikke hente oplysningerne fra din banks hjemmeside. Pr\xF8v igen senere.", , (v) => "Vi kunne ikke hente oplysningerne fra hjemmesiden hos " + v.provider + ". Pr\xF8v igen senere."],
  // code.301
  ["Din session hos banken er udl\xF8bet", "Sessionen hos din bank blev afsluttet, f\xF8r opdateringen var f\xE6rdig. Det kan ske, hvis du er logget p\xE5 et andet sted samtidig. Pr\xF8v igen om et par minutter.", , (v) => "Din session hos " + v.provider + " blev afsluttet, f\xF8r opdateringen var f\xE6rdig. Det kan ske, hvis du er logget p\xE5 et andet sted samtidig. Pr\xF8v igen om et par minutter."],
  // code.302
  ["Vi kunne ikke gennemf\xF8re opdateringen", "Din banks hjemmeside viste noget, vi endnu ikke kan h\xE5ndtere, s\xE5 dine konti er ikke blevet opdateret. Kontakt kundeservice, s\xE5 vi kan l\xF8se det.", , (v) => "Hjemmesiden hos " + v.provider + " viste noget, vi endnu ikke kan h\xE5ndtere, s\xE5 dine konti er ikke blevet opdateret. Kontakt kundeservice, s\xE5 vi kan l\xF8se det."],
  // code.303
  ["Din bank skal l\xF8se et problem", "Der er et problem hos din bank, som kun banken selv kan l\xF8se. Du beh\xF8ver ikke g\xF8re noget \u2013 pr\xF8v bare igen senere.", (v) => v.provider + " skal l\xF8se et problem", (v) => "Der er et problem hos " + v.provider + ", som kun de selv kan l\xF8se. Du beh\xF8ver ikke g\xF8re noget \u2013 pr\xF8v bare igen senere."],
  // code.304
  ["Problem med din banks certifikat", "Din banks sikkerhedscertifikat er ugyldigt eller udl\xF8bet. Banken skal forny det, s\xE5 pr\xF8v igen senere.", , (v) => "Sikkerhedscertifikatet hos " + v.provider + " er ugyldigt eller udl\xF8bet. " + v.provider + " skal forny det, s\xE5 pr\xF8v igen senere."],
  // code.305
  ["Noget gik galt hos os", "En fejl hos os gjorde, at dine konti ikke kunne opdateres. Pr\xF8v igen senere."],
  // code.400
  ["Vi kunne ikke tjekke din saldo", "Vi kunne ikke tjekke din saldo, s\xE5 dine konti viser m\xE5ske ikke de nyeste oplysninger. Pr\xF8v igen senere."],
  // code.401
  ["Vi kunne ikke behandle dine nyeste oplysninger", "Vi kunne ikke behandle de nyeste oplysninger fra din bank. Pr\xF8v igen senere, og kontakt kundeservice, hvis problemet forts\xE6tter.", , (v) => "Vi kunne ikke behandle de nyeste oplysninger fra " + v.provider + ". Pr\xF8v igen senere, og kontakt kundeservice, hvis problemet forts\xE6tter."],
  // code.402
  ["Dine konti er opdateret", "Dine konti blev opdateret uden problemer."],
  // category.1xx
  ["Du skal g\xF8re noget hos din bank", "Din bank beder dig g\xF8re noget, f\xF8r dine konti kan blive opdateret. Log p\xE5 din banks hjemmeside for at f\xE5 flere oplysninger, og pr\xF8v s\xE5 igen.", (v) => "Du skal g\xF8re noget hos " + v.provider, (v) => v.provider + " beder dig g\xF8re noget, f\xF8r dine konti kan blive opdateret. Log p\xE5 hjemmesiden hos " + v.provider + " for at f\xE5 flere oplysninger, og pr\xF8v s\xE5 igen."],
  // category.2xx
  ["Problem hos din bank", "Der er problemer med din banks hjemmeside, s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere.", (v) => "Problem hos " + v.provider, (v) => "Der er problemer med hjemmesiden hos " + v.provider + ", s\xE5 dine konti er ikke blevet opdateret. Pr\xF8v igen senere."],
  // category.3xx
  ["Noget gik galt hos os", "En fejl hos os gjorde, at dine konti ikke kunne opdateres. Pr\xF8v igen senere."],
  // category.4xx
  ["Noget gik galt", "Vi kunne ikke opdatere dine konti. Pr\xF8v igen senere, og kontakt kundeservice, hvis problemet forts\xE6tter."],
  // unknown
  ["Opdater"],
  // action.wait
  ["Pr\xF8v igen"],
  // action.retry_later
  ["Opdater loginoplysninger"],
  // action.update_credentials
  ["Indtast ny adgangskode"],
  // action.change_password
  ["F\xE5 sp\xE6rringen oph\xE6vet"],
  // action.unblock_account
  ["G\xE5 til din bank"],
  // action.act_on_provider_website
  ["Tjek din aftale"],
  // action.upgrade_contract
  ["Bekr\xE6ft din identitet"],
  // action.authenticate
  ["Forny certifikat"],
  // action.renew_certificate
  ["Kontakt kundeservice"],
  // action.contact_support
  ["Genopret forbindelse"]
  // action.reconnect
] };

// generated/locales/de.ts
var de = { locale: "de", rows: [
  ["Ihre Konten sind auf dem neuesten Stand", "Wir haben Ihre Konten mit den neuesten Daten Ihrer Bank aktualisiert.", , (v) => "Wir haben Ihre Konten mit den neuesten Daten von " + v.provider + " aktualisiert."],
  // status.finished
  ["Aktualisierung startet gleich", "Ihre Konten werden in K\xFCrze aktualisiert. Sie m\xFCssen nichts weiter tun."],
  // status.pending
  ["Ihre Konten werden aktualisiert", "Wir rufen gerade die neuesten Daten von Ihrer Bank ab. Das kann einen Moment dauern.", , (v) => "Wir rufen gerade die neuesten Daten von " + v.provider + " ab. Das kann einen Moment dauern."],
  // status.in_progress
  ["Aktualisierung im Hintergrund", "Sie k\xF6nnen die App wie gewohnt weiter nutzen. Sobald die Aktualisierung abgeschlossen ist, sind Ihre Konten automatisch auf dem neuesten Stand."],
  // status.in_background_progress
  ["Ihre Bank wartet auf Ihre Best\xE4tigung", "Damit wir die Aktualisierung Ihrer Konten abschlie\xDFen k\xF6nnen, f\xFChren Sie bitte den Schritt aus, den Ihre Bank anfordert \u2013 z.\xA0B. die Best\xE4tigung Ihrer Identit\xE4t.", (v) => v.provider + " wartet auf Ihre Best\xE4tigung", (v) => "Damit wir die Aktualisierung Ihrer Konten abschlie\xDFen k\xF6nnen, f\xFChren Sie bitte den Schritt aus, den " + v.provider + " anfordert \u2013 z.\xA0B. die Best\xE4tigung Ihrer Identit\xE4t."],
  // status.waiting_user
  ["Aktualisierung abgebrochen", "Der Vorgang wurde vorzeitig beendet, daher sind Ihre Konten nicht auf dem neuesten Stand. Sie k\xF6nnen die Aktualisierung jederzeit neu starten."],
  // status.cancelled
  ["Ihre Konten konnten nicht aktualisiert werden", "Beim Aktualisieren Ihrer Konten ist ein Fehler aufgetreten. Bitte versuchen Sie es sp\xE4ter erneut."],
  // status.error
  ["Wartungsarbeiten bei Ihrer Bank", "Die Online-Dienste Ihrer Bank sind wegen Wartungsarbeiten vor\xFCbergehend nicht verf\xFCgbar. Deshalb k\xF6nnen wir Ihre Konten gerade nicht aktualisieren. Bitte versuchen Sie es sp\xE4ter erneut.", (v) => "Wartungsarbeiten bei " + v.provider, (v) => "Die Online-Dienste von " + v.provider + " sind wegen Wartungsarbeiten vor\xFCbergehend nicht verf\xFCgbar. Deshalb k\xF6nnen wir Ihre Konten gerade nicht aktualisieren. Bitte versuchen Sie es sp\xE4ter erneut."],
  // status.maintenance
  ["Aktualisierung geplant", "Ihre Konten werden sp\xE4ter automatisch aktualisiert. Sie m\xFCssen nichts weiter tun."],
  // status.scheduled
  ["Ihre Bank ist nicht erreichbar", "Wir k\xF6nnen Ihre Bank gerade nicht erreichen, daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut.", (v) => v.provider + " ist nicht erreichbar", (v) => "Wir k\xF6nnen " + v.provider + " gerade nicht erreichen, daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut."],
  // status.unavailable
  ["Ihre Konten sind auf dem neuesten Stand", "Ihre Konten wurden erfolgreich aktualisiert."],
  // code.100
  ["Bitte pr\xFCfen Sie Ihre Zugangsdaten", "Ihre Bank hat Ihre Zugangsdaten nicht akzeptiert. Bitte pr\xFCfen Sie Ihre Angaben und geben Sie sie erneut ein, um die Verbindung wiederherzustellen.", , (v) => v.provider + " hat Ihre Zugangsdaten nicht akzeptiert. Bitte pr\xFCfen Sie Ihre Angaben und geben Sie sie erneut ein, um die Verbindung wiederherzustellen."],
  // code.201
  ["Zugangsdaten nicht korrekt", "Ihre Bank hat Ihren Benutzernamen oder Ihr Passwort nicht akzeptiert. Bitte geben Sie Ihre aktuellen Zugangsdaten ein, um die Verbindung wiederherzustellen.", , (v) => v.provider + " hat Ihren Benutzernamen oder Ihr Passwort nicht akzeptiert. Bitte geben Sie Ihre aktuellen Zugangsdaten ein, um die Verbindung wiederherzustellen."],
  // code.201.bad_credentials
  ["Ihr Online-Banking ist gesperrt", "Ihre Bank hat Ihren Zugang zum Online-Banking gesperrt. Bitte wenden Sie sich an Ihre Bank, um ihn entsperren zu lassen, und stellen Sie danach die Verbindung wieder her.", , (v) => v.provider + " hat Ihren Zugang zum Online-Banking gesperrt. Bitte wenden Sie sich an " + v.provider + ", um ihn entsperren zu lassen, und stellen Sie danach die Verbindung wieder her."],
  // code.201.account_blocked
  ["Ihr Passwort ist abgelaufen", "Ihre Bank verlangt ein neues Passwort. Bitte \xE4ndern Sie Ihr Passwort auf der Website Ihrer Bank und stellen Sie danach die Verbindung mit dem neuen Passwort wieder her.", , (v) => v.provider + " verlangt ein neues Passwort. Bitte \xE4ndern Sie Ihr Passwort auf der Website von " + v.provider + " und stellen Sie danach die Verbindung mit dem neuen Passwort wieder her."],
  // code.201.password_expired
  ["Aktion bei Ihrer Bank erforderlich", "Bevor Ihre Konten aktualisiert werden k\xF6nnen, m\xFCssen Sie bei Ihrer Bank noch etwas erledigen. Melden Sie sich dazu auf der Website Ihrer Bank an, folgen Sie den Hinweisen und versuchen Sie es dann erneut.", (v) => "Aktion bei " + v.provider + " erforderlich", (v) => "Bevor Ihre Konten aktualisiert werden k\xF6nnen, m\xFCssen Sie bei " + v.provider + " noch etwas erledigen. Melden Sie sich dazu auf der Website von " + v.provider + " an, folgen Sie den Hinweisen und versuchen Sie es dann erneut."],
  // code.202
  ["Nicht in Ihrem Vertrag enthalten", "Ihr Online-Banking-Vertrag umfasst diesen Dienst nicht. Bitten Sie Ihre Bank, den Vertrag zu erweitern, und versuchen Sie es dann erneut.", , (v) => "Ihr Online-Banking-Vertrag umfasst diesen Dienst nicht. Bitten Sie " + v.provider + ", den Vertrag zu erweitern, und versuchen Sie es dann erneut."],
  // code.203
  ["Bitte best\xE4tigen Sie Ihre Identit\xE4t", "Zu Ihrer Sicherheit bittet Ihre Bank Sie, Ihre Identit\xE4t zu best\xE4tigen, bevor Ihre Konten aktualisiert werden k\xF6nnen.", , (v) => "Zu Ihrer Sicherheit bittet " + v.provider + " Sie, Ihre Identit\xE4t zu best\xE4tigen, bevor Ihre Konten aktualisiert werden k\xF6nnen."],
  // code.205
  ["Ihr Zertifikat ist abgelaufen", "Ihr EBICS-Zertifikat ist ung\xFCltig oder abgelaufen. Bitte erneuern Sie es bei Ihrer Bank und stellen Sie danach die Verbindung wieder her.", , (v) => "Ihr EBICS-Zertifikat ist ung\xFCltig oder abgelaufen. Bitte erneuern Sie es bei " + v.provider + " und stellen Sie danach die Verbindung wieder her."],
  // code.206
  ["Problem bei Ihrer Bank", "Auf der Website Ihrer Bank ist ein Fehler aufgetreten, daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut.", (v) => "Problem bei " + v.provider, (v) => "Auf der Website von " + v.provider + " ist ein Fehler aufgetreten, daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut."],
  // code.300
  ["Aktuelle Daten konnten nicht abgerufen werden", "Wir konnten Ihre Daten nicht von der Website Ihrer Bank abrufen. Bitte versuchen Sie es sp\xE4ter erneut.", , (v) => "Wir konnten Ihre Daten nicht von der Website von " + v.provider + " abrufen. Bitte versuchen Sie es sp\xE4ter erneut."],
  // code.301
  ["Sitzung bei Ihrer Bank abgelaufen", "Die Sitzung bei Ihrer Bank wurde beendet, bevor die Aktualisierung abgeschlossen war. Das kann passieren, wenn Sie gleichzeitig an anderer Stelle angemeldet sind. Bitte versuchen Sie es in ein paar Minuten erneut.", , (v) => "Die Sitzung bei " + v.provider + " wurde beendet, bevor die Aktualisierung abgeschlossen war. Das kann passieren, wenn Sie gleichzeitig an anderer Stelle angemeldet sind. Bitte versuchen Sie es in ein paar Minuten erneut."],
  // code.302
  ["Wir konnten die Aktualisierung nicht abschlie\xDFen", "Auf der Website Ihrer Bank wurde etwas angezeigt, das wir noch nicht verarbeiten k\xF6nnen. Deshalb wurden Ihre Konten nicht aktualisiert. Bitte wenden Sie sich an unseren Support, damit wir das Problem beheben k\xF6nnen.", , (v) => "Auf der Website von " + v.provider + " wurde etwas angezeigt, das wir noch nicht verarbeiten k\xF6nnen. Deshalb wurden Ihre Konten nicht aktualisiert. Bitte wenden Sie sich an unseren Support, damit wir das Problem beheben k\xF6nnen."],
  // code.303
  ["Ihre Bank muss ein Problem beheben", "Bei Ihrer Bank ist ein Problem aufgetreten, das nur dort behoben werden kann. Sie m\xFCssen nichts tun \u2013 bitte versuchen Sie es sp\xE4ter erneut.", (v) => v.provider + " muss ein Problem beheben", (v) => "Bei " + v.provider + " ist ein Problem aufgetreten, das nur dort behoben werden kann. Sie m\xFCssen nichts tun \u2013 bitte versuchen Sie es sp\xE4ter erneut."],
  // code.304
  ["Problem mit dem Zertifikat Ihrer Bank", "Das Sicherheitszertifikat Ihrer Bank ist ung\xFCltig oder abgelaufen. Ihre Bank muss es erneuern \u2013 bitte versuchen Sie es sp\xE4ter erneut.", , (v) => "Das Sicherheitszertifikat von " + v.provider + " ist ung\xFCltig oder abgelaufen. " + v.provider + " muss es erneuern \u2013 bitte versuchen Sie es sp\xE4ter erneut."],
  // code.305
  ["Bei uns ist ein Fehler aufgetreten", "Wegen eines Fehlers bei uns konnten Ihre Konten nicht aktualisiert werden. Bitte versuchen Sie es sp\xE4ter erneut."],
  // code.400
  ["Kontostand konnte nicht gepr\xFCft werden", "Wir konnten Ihren Kontostand nicht pr\xFCfen, daher sind Ihre Konten m\xF6glicherweise nicht aktuell. Bitte versuchen Sie es sp\xE4ter erneut."],
  // code.401
  ["Aktuelle Daten konnten nicht verarbeitet werden", "Wir konnten die neuesten Daten Ihrer Bank nicht verarbeiten. Bitte versuchen Sie es sp\xE4ter erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an unseren Support.", , (v) => "Wir konnten die neuesten Daten von " + v.provider + " nicht verarbeiten. Bitte versuchen Sie es sp\xE4ter erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an unseren Support."],
  // code.402
  ["Ihre Konten sind auf dem neuesten Stand", "Ihre Konten wurden erfolgreich aktualisiert."],
  // category.1xx
  ["Aktion bei Ihrer Bank erforderlich", "Bevor Ihre Konten aktualisiert werden k\xF6nnen, m\xFCssen Sie bei Ihrer Bank noch etwas erledigen. Details finden Sie, wenn Sie sich auf der Website Ihrer Bank anmelden. Versuchen Sie es danach erneut.", (v) => "Aktion bei " + v.provider + " erforderlich", (v) => "Bevor Ihre Konten aktualisiert werden k\xF6nnen, m\xFCssen Sie bei " + v.provider + " noch etwas erledigen. Details finden Sie, wenn Sie sich auf der Website von " + v.provider + " anmelden. Versuchen Sie es danach erneut."],
  // category.2xx
  ["Problem bei Ihrer Bank", "Es gibt ein Problem mit der Website Ihrer Bank, daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut.", (v) => "Problem bei " + v.provider, (v) => "Es gibt ein Problem mit der Website von " + v.provider + ", daher wurden Ihre Konten nicht aktualisiert. Bitte versuchen Sie es sp\xE4ter erneut."],
  // category.3xx
  ["Bei uns ist ein Fehler aufgetreten", "Wegen eines Fehlers bei uns konnten Ihre Konten nicht aktualisiert werden. Bitte versuchen Sie es sp\xE4ter erneut."],
  // category.4xx
  ["Etwas ist schiefgelaufen", "Wir konnten Ihre Konten nicht aktualisieren. Bitte versuchen Sie es sp\xE4ter erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an unseren Support."],
  // unknown
  ["Status aktualisieren"],
  // action.wait
  ["Erneut versuchen"],
  // action.retry_later
  ["Zugangsdaten eingeben"],
  // action.update_credentials
  ["Passwort aktualisieren"],
  // action.change_password
  ["Hilfe zum Entsperren"],
  // action.unblock_account
  ["Zur Website Ihrer Bank"],
  // action.act_on_provider_website
  ["Vertrag pr\xFCfen"],
  // action.upgrade_contract
  ["Identit\xE4t best\xE4tigen"],
  // action.authenticate
  ["Zertifikat erneuern"],
  // action.renew_certificate
  ["Support kontaktieren"],
  // action.contact_support
  ["Erneut verbinden"]
  // action.reconnect
] };

// generated/locales/el.ts
var el = { locale: "el", rows: [
  ["\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03BC\u03AD\u03BD\u03BF\u03B9", "\u0395\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03C3\u03B1\u03BC\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03CD\u03C2 \u03C3\u03B1\u03C2 \u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2.", , (v) => "\u0395\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03C3\u03B1\u03BC\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03CD\u03C2 \u03C3\u03B1\u03C2 \u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + "."],
  // status.finished
  ["\u0397 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03C3\u03CD\u03BD\u03C4\u03BF\u03BC\u03B1", "\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B8\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03C3\u03B5 \u03BB\u03AF\u03B3\u03BF. \u0394\u03B5\u03BD \u03C7\u03C1\u03B5\u03B9\u03AC\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03AF\u03C0\u03BF\u03C4\u03B1."],
  // status.pending
  ["\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03BD\u03BF\u03BD\u03C4\u03B1\u03B9", "\u039B\u03B1\u03BC\u03B2\u03AC\u03BD\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2. \u0391\u03C5\u03C4\u03CC \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B4\u03B9\u03B1\u03C1\u03BA\u03AD\u03C3\u03B5\u03B9 \u03BB\u03AF\u03B3\u03BF.", , (v) => "\u039B\u03B1\u03BC\u03B2\u03AC\u03BD\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + ". \u0391\u03C5\u03C4\u03CC \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B4\u03B9\u03B1\u03C1\u03BA\u03AD\u03C3\u03B5\u03B9 \u03BB\u03AF\u03B3\u03BF."],
  // status.in_progress
  ["\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C3\u03C4\u03BF \u03C0\u03B1\u03C1\u03B1\u03C3\u03BA\u03AE\u03BD\u03B9\u03BF", "\u039C\u03C0\u03BF\u03C1\u03B5\u03AF\u03C4\u03B5 \u03BD\u03B1 \u03C3\u03C5\u03BD\u03B5\u03C7\u03AF\u03C3\u03B5\u03C4\u03B5 \u03BD\u03B1 \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF\u03C4\u03B5 \u03C4\u03B7\u03BD \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE. \u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B8\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03B1\u03C5\u03C4\u03CC\u03BC\u03B1\u03C4\u03B1 \u03BC\u03CC\u03BB\u03B9\u03C2 \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03C9\u03B8\u03B5\u03AF \u03B7 \u03B4\u03B9\u03B1\u03B4\u03B9\u03BA\u03B1\u03C3\u03AF\u03B1."],
  // status.in_background_progress
  ["\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03C0\u03B5\u03C1\u03B9\u03BC\u03AD\u03BD\u03B5\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2", "\u0393\u03B9\u03B1 \u03BD\u03B1 \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03C9\u03B8\u03B5\u03AF \u03B7 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2, \u03BA\u03AC\u03BD\u03C4\u03B5 \u03CC,\u03C4\u03B9 \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03B7 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2, \u03B3\u03B9\u03B1 \u03C0\u03B1\u03C1\u03AC\u03B4\u03B5\u03B9\u03B3\u03BC\u03B1 \u03BD\u03B1 \u03C4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03B8\u03B5\u03AF\u03C4\u03B5.", (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03C0\u03B5\u03C1\u03B9\u03BC\u03AD\u03BD\u03B5\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2", (v) => "\u0393\u03B9\u03B1 \u03BD\u03B1 \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03C9\u03B8\u03B5\u03AF \u03B7 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2, \u03BA\u03AC\u03BD\u03C4\u03B5 \u03CC,\u03C4\u03B9 \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03B7 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + ", \u03B3\u03B9\u03B1 \u03C0\u03B1\u03C1\u03AC\u03B4\u03B5\u03B9\u03B3\u03BC\u03B1 \u03BD\u03B1 \u03C4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03B8\u03B5\u03AF\u03C4\u03B5."],
  // status.waiting_user
  ["\u0397 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03B1\u03BA\u03C5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B5", "\u0397 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03B4\u03B9\u03B1\u03BA\u03CC\u03C0\u03B7\u03BA\u03B5, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u039C\u03C0\u03BF\u03C1\u03B5\u03AF\u03C4\u03B5 \u03BD\u03B1 \u03C4\u03B7\u03BD \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03BF\u03C0\u03BF\u03B9\u03B1\u03B4\u03AE\u03C0\u03BF\u03C4\u03B5 \u03C3\u03C4\u03B9\u03B3\u03BC\u03AE."],
  // status.cancelled
  ["\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD", "\u039A\u03AC\u03C4\u03B9 \u03C0\u03AE\u03B3\u03B5 \u03C3\u03C4\u03C1\u03B1\u03B2\u03AC \u03BA\u03B1\u03C4\u03AC \u03C4\u03B7\u03BD \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // status.error
  ["\u0395\u03C1\u03B3\u03B1\u03C3\u03AF\u03B5\u03C2 \u03C3\u03C5\u03BD\u03C4\u03AE\u03C1\u03B7\u03C3\u03B7\u03C2 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2", "\u039F\u03B9 \u03B7\u03BB\u03B5\u03BA\u03C4\u03C1\u03BF\u03BD\u03B9\u03BA\u03AD\u03C2 \u03C5\u03C0\u03B7\u03C1\u03B5\u03C3\u03AF\u03B5\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B5\u03C2 \u03BB\u03CC\u03B3\u03C9 \u03B5\u03C1\u03B3\u03B1\u03C3\u03B9\u03CE\u03BD \u03C3\u03C5\u03BD\u03C4\u03AE\u03C1\u03B7\u03C3\u03B7\u03C2, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03BF\u03CD\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03CD\u03C2 \u03C3\u03B1\u03C2 \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7 \u03C3\u03C4\u03B9\u03B3\u03BC\u03AE. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", (v) => "\u0395\u03C1\u03B3\u03B1\u03C3\u03AF\u03B5\u03C2 \u03C3\u03C5\u03BD\u03C4\u03AE\u03C1\u03B7\u03C3\u03B7\u03C2 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider, (v) => "\u039F\u03B9 \u03B7\u03BB\u03B5\u03BA\u03C4\u03C1\u03BF\u03BD\u03B9\u03BA\u03AD\u03C2 \u03C5\u03C0\u03B7\u03C1\u03B5\u03C3\u03AF\u03B5\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B5\u03C2 \u03BB\u03CC\u03B3\u03C9 \u03B5\u03C1\u03B3\u03B1\u03C3\u03B9\u03CE\u03BD \u03C3\u03C5\u03BD\u03C4\u03AE\u03C1\u03B7\u03C3\u03B7\u03C2, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03BF\u03CD\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03CD\u03C2 \u03C3\u03B1\u03C2 \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7 \u03C3\u03C4\u03B9\u03B3\u03BC\u03AE. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // status.maintenance
  ["\u0397 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03AD\u03C7\u03B5\u03B9 \u03C0\u03C1\u03BF\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1\u03C4\u03B9\u03C3\u03C4\u03B5\u03AF", "\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B8\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03B1\u03C5\u03C4\u03CC\u03BC\u03B1\u03C4\u03B1 \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1. \u0394\u03B5\u03BD \u03C7\u03C1\u03B5\u03B9\u03AC\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03AF\u03C0\u03BF\u03C4\u03B1."],
  // status.scheduled
  ["\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7", "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03BF\u03CD\u03BC\u03B5 \u03BD\u03B1 \u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03BF\u03CD\u03BC\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7 \u03C3\u03C4\u03B9\u03B3\u03BC\u03AE, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7", (v) => "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03BF\u03CD\u03BC\u03B5 \u03BD\u03B1 \u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03BF\u03CD\u03BC\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7 \u03C3\u03C4\u03B9\u03B3\u03BC\u03AE, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // status.unavailable
  ["\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03BC\u03AD\u03BD\u03BF\u03B9", "\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD \u03BC\u03B5 \u03B5\u03C0\u03B9\u03C4\u03C5\u03C7\u03AF\u03B1."],
  // code.100
  ["\u0395\u03BB\u03AD\u03B3\u03BE\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD\u03C2 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7\u03C2", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B1\u03C0\u03BF\u03B4\u03AD\u03C7\u03B8\u03B7\u03BA\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD\u03C2 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03AE\u03C2 \u03C3\u03B1\u03C2. \u0395\u03BB\u03AD\u03B3\u03BE\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BA\u03B1\u03B9 \u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AF\u03C3\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BE\u03B1\u03BD\u03AC \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5.", , (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B4\u03B5\u03BD \u03B1\u03C0\u03BF\u03B4\u03AD\u03C7\u03B8\u03B7\u03BA\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD\u03C2 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03AE\u03C2 \u03C3\u03B1\u03C2. \u0395\u03BB\u03AD\u03B3\u03BE\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BA\u03B1\u03B9 \u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AF\u03C3\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BE\u03B1\u03BD\u03AC \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5."],
  // code.201
  ["\u039B\u03B1\u03BD\u03B8\u03B1\u03C3\u03BC\u03AD\u03BD\u03BF\u03B9 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03AF \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7\u03C2", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B1\u03C0\u03BF\u03B4\u03AD\u03C7\u03B8\u03B7\u03BA\u03B5 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03AE \u03C4\u03BF\u03BD \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC \u03C3\u03B1\u03C2. \u039A\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AF\u03C3\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03B9\u03C3\u03C7\u03CD\u03BF\u03BD\u03C4\u03B5\u03C2 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD\u03C2 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7\u03C2 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5.", , (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B4\u03B5\u03BD \u03B1\u03C0\u03BF\u03B4\u03AD\u03C7\u03B8\u03B7\u03BA\u03B5 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03AE \u03C4\u03BF\u03BD \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC \u03C3\u03B1\u03C2. \u039A\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AF\u03C3\u03C4\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03B9\u03C3\u03C7\u03CD\u03BF\u03BD\u03C4\u03B5\u03C2 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD\u03C2 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7\u03C2 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5."],
  // code.201.bad_credentials
  ["\u0397 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03C3\u03C4\u03BF e-banking \u03BA\u03BB\u03B5\u03B9\u03B4\u03CE\u03B8\u03B7\u03BA\u03B5", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03BA\u03BB\u03B5\u03AF\u03B4\u03C9\u03C3\u03B5 \u03C4\u03B7\u03BD \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03C3\u03C4\u03BF e-banking. \u0395\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03C4\u03BF \u03BE\u03B5\u03BA\u03BB\u03B5\u03AF\u03B4\u03C9\u03BC\u03B1 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5.", , (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03BA\u03BB\u03B5\u03AF\u03B4\u03C9\u03C3\u03B5 \u03C4\u03B7\u03BD \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03C3\u03C4\u03BF e-banking. \u0395\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B1\u03B6\u03AF \u03C4\u03B7\u03C2 \u03B3\u03B9\u03B1 \u03C4\u03BF \u03BE\u03B5\u03BA\u03BB\u03B5\u03AF\u03B4\u03C9\u03BC\u03B1 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5."],
  // code.201.account_blocked
  ["\u039F \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03C3\u03B1\u03C2 \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03BD\u03B1 \u03BF\u03C1\u03AF\u03C3\u03B5\u03C4\u03B5 \u03BD\u03AD\u03BF \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC. \u0391\u03BB\u03BB\u03AC\u03BE\u03C4\u03B5 \u03C4\u03BF\u03BD \u03C3\u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03BF\u03BD \u03BD\u03AD\u03BF \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC.", , (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B6\u03B7\u03C4\u03AC \u03BD\u03B1 \u03BF\u03C1\u03AF\u03C3\u03B5\u03C4\u03B5 \u03BD\u03AD\u03BF \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC. \u0391\u03BB\u03BB\u03AC\u03BE\u03C4\u03B5 \u03C4\u03BF\u03BD \u03C3\u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03CC \u03C4\u03B7\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03BF\u03BD \u03BD\u03AD\u03BF \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC."],
  // code.201.password_expired
  ["\u0391\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF\u03C4\u03B1\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03BC\u03B9\u03B1 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2. \u03A3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C3\u03C4\u03BF e-banking \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2, \u03B1\u03BA\u03BF\u03BB\u03BF\u03C5\u03B8\u03AE\u03C3\u03C4\u03B5 \u03C4\u03B9\u03C2 \u03BF\u03B4\u03B7\u03B3\u03AF\u03B5\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC.", (v) => "\u0391\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF\u03C4\u03B1\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider, (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B6\u03B7\u03C4\u03AC \u03BC\u03B9\u03B1 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2. \u03A3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C3\u03C4\u03BF e-banking \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + ", \u03B1\u03BA\u03BF\u03BB\u03BF\u03C5\u03B8\u03AE\u03C3\u03C4\u03B5 \u03C4\u03B9\u03C2 \u03BF\u03B4\u03B7\u03B3\u03AF\u03B5\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC."],
  // code.202
  ["\u0397 \u03C3\u03CD\u03BC\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03C4\u03BF \u03B5\u03C0\u03B9\u03C4\u03C1\u03AD\u03C0\u03B5\u03B9", "\u0397 \u03C3\u03CD\u03BC\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03C4\u03BF e-banking \u03B4\u03B5\u03BD \u03C0\u03B5\u03C1\u03B9\u03BB\u03B1\u03BC\u03B2\u03AC\u03BD\u03B5\u03B9 \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7\u03BD \u03C5\u03C0\u03B7\u03C1\u03B5\u03C3\u03AF\u03B1. \u0396\u03B7\u03C4\u03AE\u03C3\u03C4\u03B5 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03BD\u03B1 \u03C4\u03B7\u03BD \u03B1\u03BD\u03B1\u03B2\u03B1\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC.", , (v) => "\u0397 \u03C3\u03CD\u03BC\u03B2\u03B1\u03C3\u03AE \u03C3\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03C4\u03BF e-banking \u03B4\u03B5\u03BD \u03C0\u03B5\u03C1\u03B9\u03BB\u03B1\u03BC\u03B2\u03AC\u03BD\u03B5\u03B9 \u03B1\u03C5\u03C4\u03AE \u03C4\u03B7\u03BD \u03C5\u03C0\u03B7\u03C1\u03B5\u03C3\u03AF\u03B1. \u0396\u03B7\u03C4\u03AE\u03C3\u03C4\u03B5 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03BD\u03B1 \u03C4\u03B7\u03BD \u03B1\u03BD\u03B1\u03B2\u03B1\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC."],
  // code.203
  ["\u0391\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03AF\u03B7\u03C3\u03B7", "\u0393\u03B9\u03B1 \u03C4\u03B7\u03BD \u03B1\u03C3\u03C6\u03AC\u03BB\u03B5\u03B9\u03AC \u03C3\u03B1\u03C2, \u03B7 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03BD\u03B1 \u03C4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2.", , (v) => "\u0393\u03B9\u03B1 \u03C4\u03B7\u03BD \u03B1\u03C3\u03C6\u03AC\u03BB\u03B5\u03B9\u03AC \u03C3\u03B1\u03C2, \u03B7 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B6\u03B7\u03C4\u03AC \u03BD\u03B1 \u03C4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2."],
  // code.205
  ["\u03A4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC \u03C3\u03B1\u03C2 \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9", "\u03A4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC EBICS \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03AE \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9. \u0391\u03BD\u03B1\u03BD\u03B5\u03CE\u03C3\u03C4\u03B5 \u03C4\u03BF \u03BC\u03AD\u03C3\u03C9 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5.", , (v) => "\u03A4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC EBICS \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03AE \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9. \u0391\u03BD\u03B1\u03BD\u03B5\u03CE\u03C3\u03C4\u03B5 \u03C4\u03BF \u03BC\u03AD\u03C3\u03C9 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B5\u03C0\u03B1\u03BD\u03B1\u03C3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5."],
  // code.206
  ["\u03A0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2", "\u03A0\u03B1\u03C1\u03BF\u03C5\u03C3\u03B9\u03AC\u03C3\u03C4\u03B7\u03BA\u03B5 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", (v) => "\u03A0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider, (v) => "\u03A0\u03B1\u03C1\u03BF\u03C5\u03C3\u03B9\u03AC\u03C3\u03C4\u03B7\u03BA\u03B5 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + ", \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.300
  ["\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03BB\u03AC\u03B2\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B1 \u03BD\u03AD\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1", "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03BA\u03B1\u03C4\u03B5\u03B2\u03AC\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03C3\u03B1\u03C2 \u03B1\u03C0\u03CC \u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", , (v) => "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03BA\u03B1\u03C4\u03B5\u03B2\u03AC\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03C3\u03B1\u03C2 \u03B1\u03C0\u03CC \u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + ". \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.301
  ["\u0397 \u03C3\u03C5\u03BD\u03B5\u03B4\u03C1\u03AF\u03B1 \u03C3\u03B1\u03C2 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 \u03AD\u03BB\u03B7\u03BE\u03B5", "\u0397 \u03C3\u03C5\u03BD\u03B5\u03B4\u03C1\u03AF\u03B1 \u03C3\u03B1\u03C2 \u03C3\u03C4\u03BF e-banking \u03AD\u03BB\u03B7\u03BE\u03B5 \u03C0\u03C1\u03B9\u03BD \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03C9\u03B8\u03B5\u03AF \u03B7 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7. \u0391\u03C5\u03C4\u03CC \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03C3\u03C5\u03BC\u03B2\u03B5\u03AF \u03B1\u03BD \u03B5\u03AF\u03C3\u03C4\u03B5 \u03AE\u03B4\u03B7 \u03C3\u03C5\u03BD\u03B4\u03B5\u03B4\u03B5\u03BC\u03AD\u03BD\u03BF\u03B9 \u03BA\u03AC\u03C0\u03BF\u03C5 \u03B1\u03BB\u03BB\u03BF\u03CD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C3\u03B5 \u03BB\u03AF\u03B3\u03B1 \u03BB\u03B5\u03C0\u03C4\u03AC.", , (v) => "\u0397 \u03C3\u03C5\u03BD\u03B5\u03B4\u03C1\u03AF\u03B1 \u03C3\u03B1\u03C2 \u03C3\u03C4\u03BF e-banking \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03AD\u03BB\u03B7\u03BE\u03B5 \u03C0\u03C1\u03B9\u03BD \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03C9\u03B8\u03B5\u03AF \u03B7 \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7. \u0391\u03C5\u03C4\u03CC \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03C3\u03C5\u03BC\u03B2\u03B5\u03AF \u03B1\u03BD \u03B5\u03AF\u03C3\u03C4\u03B5 \u03AE\u03B4\u03B7 \u03C3\u03C5\u03BD\u03B4\u03B5\u03B4\u03B5\u03BC\u03AD\u03BD\u03BF\u03B9 \u03BA\u03AC\u03C0\u03BF\u03C5 \u03B1\u03BB\u03BB\u03BF\u03CD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C3\u03B5 \u03BB\u03AF\u03B3\u03B1 \u03BB\u03B5\u03C0\u03C4\u03AC."],
  // code.302
  ["\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03BF\u03BB\u03BF\u03BA\u03BB\u03B7\u03C1\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7", "\u039F \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03B5\u03BC\u03C6\u03AC\u03BD\u03B9\u03C3\u03B5 \u03BA\u03AC\u03C4\u03B9 \u03C0\u03BF\u03C5 \u03B4\u03B5\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03C5\u03BC\u03B5 \u03B1\u03BA\u03CC\u03BC\u03B7, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0395\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD \u03BC\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03C4\u03BF \u03B4\u03B9\u03BF\u03C1\u03B8\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5.", , (v) => "\u039F \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03B5\u03BC\u03C6\u03AC\u03BD\u03B9\u03C3\u03B5 \u03BA\u03AC\u03C4\u03B9 \u03C0\u03BF\u03C5 \u03B4\u03B5\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03C5\u03BC\u03B5 \u03B1\u03BA\u03CC\u03BC\u03B7, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0395\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD \u03BC\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03C4\u03BF \u03B4\u03B9\u03BF\u03C1\u03B8\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5."],
  // code.303
  ["\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BB\u03CD\u03C3\u03B5\u03B9 \u03AD\u03BD\u03B1 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1", "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C0\u03BB\u03B5\u03C5\u03C1\u03AC \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2, \u03C4\u03BF \u03BF\u03C0\u03BF\u03AF\u03BF \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B4\u03B9\u03BF\u03C1\u03B8\u03CE\u03C3\u03B5\u03B9 \u03BC\u03CC\u03BD\u03BF \u03B7 \u03AF\u03B4\u03B9\u03B1. \u0394\u03B5\u03BD \u03C7\u03C1\u03B5\u03B9\u03AC\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03AF\u03C0\u03BF\u03C4\u03B1\xB7 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BB\u03CD\u03C3\u03B5\u03B9 \u03AD\u03BD\u03B1 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1", (v) => "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C0\u03BB\u03B5\u03C5\u03C1\u03AC \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + ", \u03C4\u03BF \u03BF\u03C0\u03BF\u03AF\u03BF \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B4\u03B9\u03BF\u03C1\u03B8\u03CE\u03C3\u03B5\u03B9 \u03BC\u03CC\u03BD\u03BF \u03B7 \u03AF\u03B4\u03B9\u03B1. \u0394\u03B5\u03BD \u03C7\u03C1\u03B5\u03B9\u03AC\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03AF\u03C0\u03BF\u03C4\u03B1\xB7 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.304
  ["\u03A0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03BC\u03B5 \u03C4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2", "\u03A4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC \u03B1\u03C3\u03C6\u03B1\u03BB\u03B5\u03AF\u03B1\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03AE \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9. \u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03BF \u03B1\u03BD\u03B1\u03BD\u03B5\u03CE\u03C3\u03B5\u03B9, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", , (v) => "\u03A4\u03BF \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03CC \u03B1\u03C3\u03C6\u03B1\u03BB\u03B5\u03AF\u03B1\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03AE \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AE\u03BE\u03B5\u03B9. \u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03BF \u03B1\u03BD\u03B1\u03BD\u03B5\u03CE\u03C3\u03B5\u03B9, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.305
  ["\u03A0\u03B1\u03C1\u03BF\u03C5\u03C3\u03B9\u03AC\u03C3\u03C4\u03B7\u03BA\u03B5 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C0\u03BB\u03B5\u03C5\u03C1\u03AC \u03BC\u03B1\u03C2", "\u0388\u03BD\u03B1 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03C3\u03C4\u03BF \u03C3\u03CD\u03C3\u03C4\u03B7\u03BC\u03AC \u03BC\u03B1\u03C2 \u03B5\u03BC\u03C0\u03CC\u03B4\u03B9\u03C3\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.400
  ["\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03BB\u03AD\u03B3\u03BE\u03BF\u03C5\u03BC\u03B5 \u03C4\u03BF \u03C5\u03C0\u03CC\u03BB\u03BF\u03B9\u03C0\u03BF", "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03BB\u03AD\u03B3\u03BE\u03BF\u03C5\u03BC\u03B5 \u03C4\u03BF \u03C5\u03C0\u03CC\u03BB\u03BF\u03B9\u03C0\u03BF \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03B5\u03BD\u03B4\u03AD\u03C7\u03B5\u03C4\u03B1\u03B9 \u03BD\u03B1 \u03BC\u03B7\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BB\u03AE\u03C1\u03C9\u03C2 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03BC\u03AD\u03BD\u03BF\u03B9. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // code.401
  ["\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03C0\u03B5\u03BE\u03B5\u03C1\u03B3\u03B1\u03C3\u03C4\u03BF\u03CD\u03BC\u03B5 \u03C4\u03B1 \u03BD\u03AD\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1", "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03C0\u03B5\u03BE\u03B5\u03C1\u03B3\u03B1\u03C3\u03C4\u03BF\u03CD\u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1 \u03BA\u03B1\u03B9, \u03B1\u03BD \u03C4\u03BF \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C0\u03B1\u03C1\u03B1\u03BC\u03AD\u03BD\u03B5\u03B9, \u03B5\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD \u03BC\u03B1\u03C2.", , (v) => "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03C0\u03B5\u03BE\u03B5\u03C1\u03B3\u03B1\u03C3\u03C4\u03BF\u03CD\u03BC\u03B5 \u03C4\u03B1 \u03C0\u03B9\u03BF \u03C0\u03C1\u03CC\u03C3\u03C6\u03B1\u03C4\u03B1 \u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + ". \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1 \u03BA\u03B1\u03B9, \u03B1\u03BD \u03C4\u03BF \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C0\u03B1\u03C1\u03B1\u03BC\u03AD\u03BD\u03B5\u03B9, \u03B5\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD \u03BC\u03B1\u03C2."],
  // code.402
  ["\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03BC\u03AD\u03BD\u03BF\u03B9", "\u039F\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD \u03BC\u03B5 \u03B5\u03C0\u03B9\u03C4\u03C5\u03C7\u03AF\u03B1."],
  // category.1xx
  ["\u0391\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF\u03C4\u03B1\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2", "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2 \u03B6\u03B7\u03C4\u03AC \u03BC\u03B9\u03B1 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2. \u03A3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C3\u03C4\u03BF e-banking \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2 \u03B3\u03B9\u03B1 \u03BB\u03B5\u03C0\u03C4\u03BF\u03BC\u03AD\u03C1\u03B5\u03B9\u03B5\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC.", (v) => "\u0391\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF\u03C4\u03B1\u03B9 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider, (v) => "\u0397 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider + " \u03B6\u03B7\u03C4\u03AC \u03BC\u03B9\u03B1 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03B1\u03C0\u03CC \u03B5\u03C3\u03AC\u03C2 \u03C0\u03C1\u03B9\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03C9\u03B8\u03BF\u03CD\u03BD \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2. \u03A3\u03C5\u03BD\u03B4\u03B5\u03B8\u03B5\u03AF\u03C4\u03B5 \u03C3\u03C4\u03BF e-banking \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + " \u03B3\u03B9\u03B1 \u03BB\u03B5\u03C0\u03C4\u03BF\u03BC\u03AD\u03C1\u03B5\u03B9\u03B5\u03C2 \u03BA\u03B1\u03B9 \u03AD\u03C0\u03B5\u03B9\u03C4\u03B1 \u03B4\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC."],
  // category.2xx
  ["\u03A0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC \u03C3\u03B1\u03C2", "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03BC\u03B5 \u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03AC\u03C2 \u03C3\u03B1\u03C2, \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1.", (v) => "\u03A0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1 " + v.provider, (v) => "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03BC\u03B5 \u03C4\u03BF\u03BD \u03B9\u03C3\u03C4\u03CC\u03C4\u03BF\u03C0\u03BF \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1\u03C2 " + v.provider + ", \u03BF\u03C0\u03CC\u03C4\u03B5 \u03BF\u03B9 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03AF \u03C3\u03B1\u03C2 \u03B4\u03B5\u03BD \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B1\u03BD. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // category.3xx
  ["\u03A0\u03B1\u03C1\u03BF\u03C5\u03C3\u03B9\u03AC\u03C3\u03C4\u03B7\u03BA\u03B5 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u03C0\u03BB\u03B5\u03C5\u03C1\u03AC \u03BC\u03B1\u03C2", "\u0388\u03BD\u03B1 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03C3\u03C4\u03BF \u03C3\u03CD\u03C3\u03C4\u03B7\u03BC\u03AC \u03BC\u03B1\u03C2 \u03B5\u03BC\u03C0\u03CC\u03B4\u03B9\u03C3\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03CE\u03BD \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1."],
  // category.4xx
  ["\u039A\u03AC\u03C4\u03B9 \u03C0\u03AE\u03B3\u03B5 \u03C3\u03C4\u03C1\u03B1\u03B2\u03AC", "\u0394\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03AD\u03C3\u03B1\u03BC\u03B5 \u03BD\u03B1 \u03B5\u03BD\u03B7\u03BC\u03B5\u03C1\u03CE\u03C3\u03BF\u03C5\u03BC\u03B5 \u03C4\u03BF\u03C5\u03C2 \u03BB\u03BF\u03B3\u03B1\u03C1\u03B9\u03B1\u03C3\u03BC\u03BF\u03CD\u03C2 \u03C3\u03B1\u03C2. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03B1\u03C1\u03B3\u03CC\u03C4\u03B5\u03C1\u03B1 \u03BA\u03B1\u03B9, \u03B1\u03BD \u03C4\u03BF \u03C0\u03C1\u03CC\u03B2\u03BB\u03B7\u03BC\u03B1 \u03C0\u03B1\u03C1\u03B1\u03BC\u03AD\u03BD\u03B5\u03B9, \u03B5\u03C0\u03B9\u03BA\u03BF\u03B9\u03BD\u03C9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B5\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD \u03BC\u03B1\u03C2."],
  // unknown
  ["\u0391\u03BD\u03B1\u03BD\u03AD\u03C9\u03C3\u03B7"],
  // action.wait
  ["\u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC"],
  // action.retry_later
  ["\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03BA\u03C9\u03B4\u03B9\u03BA\u03CE\u03BD"],
  // action.update_credentials
  ["\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03CD"],
  // action.change_password
  ["\u039F\u03B4\u03B7\u03B3\u03AF\u03B5\u03C2 \u03BE\u03B5\u03BA\u03BB\u03B5\u03B9\u03B4\u03CE\u03BC\u03B1\u03C4\u03BF\u03C2"],
  // action.unblock_account
  ["\u039C\u03B5\u03C4\u03AC\u03B2\u03B1\u03C3\u03B7 \u03C3\u03C4\u03B7\u03BD \u03C4\u03C1\u03AC\u03C0\u03B5\u03B6\u03B1"],
  // action.act_on_provider_website
  ["\u0388\u03BB\u03B5\u03B3\u03C7\u03BF\u03C2 \u03C3\u03CD\u03BC\u03B2\u03B1\u03C3\u03B7\u03C2"],
  // action.upgrade_contract
  ["\u03A4\u03B1\u03C5\u03C4\u03BF\u03C0\u03BF\u03AF\u03B7\u03C3\u03B7"],
  // action.authenticate
  ["\u0391\u03BD\u03B1\u03BD\u03AD\u03C9\u03C3\u03B7 \u03C0\u03B9\u03C3\u03C4\u03BF\u03C0\u03BF\u03B9\u03B7\u03C4\u03B9\u03BA\u03BF\u03CD"],
  // action.renew_certificate
  ["\u0395\u03BE\u03C5\u03C0\u03B7\u03C1\u03AD\u03C4\u03B7\u03C3\u03B7 \u03C0\u03B5\u03BB\u03B1\u03C4\u03CE\u03BD"],
  // action.contact_support
  ["\u0395\u03C0\u03B1\u03BD\u03B1\u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7"]
  // action.reconnect
] };

// generated/locales/es.ts
var es = { locale: "es", rows: [
  ["Tus cuentas est\xE1n actualizadas", "Hemos actualizado tus cuentas con la informaci\xF3n m\xE1s reciente de tu banco.", , (v) => "Hemos actualizado tus cuentas con la informaci\xF3n m\xE1s reciente de " + v.provider + "."],
  // status.finished
  ["La actualizaci\xF3n empezar\xE1 enseguida", "Tus cuentas se actualizar\xE1n en un momento. No tienes que hacer nada."],
  // status.pending
  ["Actualizando tus cuentas", "Estamos obteniendo la informaci\xF3n m\xE1s reciente de tu banco. Puede tardar unos instantes.", , (v) => "Estamos obteniendo la informaci\xF3n m\xE1s reciente de " + v.provider + ". Puede tardar unos instantes."],
  // status.in_progress
  ["Actualizando en segundo plano", "Puedes seguir usando la app. Tus cuentas se actualizar\xE1n autom\xE1ticamente en cuanto termine el proceso."],
  // status.in_background_progress
  ["Falta un paso en tu banco", "Para terminar de actualizar tus cuentas, completa el paso que te pide tu banco, como confirmar tu identidad.", (v) => "Falta un paso en " + v.provider, (v) => "Para terminar de actualizar tus cuentas, completa el paso que te pide " + v.provider + ", como confirmar tu identidad."],
  // status.waiting_user
  ["Actualizaci\xF3n cancelada", "Se ha detenido la actualizaci\xF3n, as\xED que tus cuentas no se han actualizado. Puedes volver a iniciarla cuando quieras."],
  // status.cancelled
  ["No se han podido actualizar tus cuentas", "Ha habido un problema al actualizar tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // status.error
  ["Tu banco est\xE1 en mantenimiento", "Los servicios online de tu banco est\xE1n en mantenimiento, as\xED que ahora mismo no podemos actualizar tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde.", (v) => v.provider + " est\xE1 en mantenimiento", (v) => "Los servicios online de " + v.provider + " est\xE1n en mantenimiento, as\xED que ahora mismo no podemos actualizar tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // status.maintenance
  ["Actualizaci\xF3n programada", "Tus cuentas se actualizar\xE1n autom\xE1ticamente m\xE1s tarde. No tienes que hacer nada."],
  // status.scheduled
  ["Tu banco no est\xE1 disponible", "Ahora mismo no podemos conectar con tu banco, as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde.", (v) => v.provider + " no est\xE1 disponible", (v) => "Ahora mismo no podemos conectar con " + v.provider + ", as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // status.unavailable
  ["Tus cuentas est\xE1n actualizadas", "Tus cuentas se han actualizado correctamente."],
  // code.100
  ["Revisa tus datos de acceso", "Tu banco no ha aceptado tus datos de acceso. Rev\xEDsalos y vuelve a introducirlos para conectarte de nuevo.", , (v) => v.provider + " no ha aceptado tus datos de acceso. Rev\xEDsalos y vuelve a introducirlos para conectarte de nuevo."],
  // code.201
  ["Datos de acceso incorrectos", "Tu banco no ha aceptado tu usuario o tu contrase\xF1a. Introduce tus datos de acceso actuales para conectarte de nuevo.", , (v) => v.provider + " no ha aceptado tu usuario o tu contrase\xF1a. Introduce tus datos de acceso actuales para conectarte de nuevo."],
  // code.201.bad_credentials
  ["Tu acceso a la banca online est\xE1 bloqueado", "Tu banco ha bloqueado tu acceso a la banca online. Ponte en contacto con tu banco para que lo desbloquee y, despu\xE9s, vuelve a conectarte.", , (v) => v.provider + " ha bloqueado tu acceso a la banca online. Ponte en contacto con " + v.provider + " para que lo desbloquee y, despu\xE9s, vuelve a conectarte."],
  // code.201.account_blocked
  ["Tu contrase\xF1a ha caducado", "Tu banco te pide que establezcas una contrase\xF1a nueva. C\xE1mbiala en la web de tu banco y, despu\xE9s, vuelve a conectarte con la nueva.", , (v) => v.provider + " te pide que establezcas una contrase\xF1a nueva. C\xE1mbiala en la web de " + v.provider + " y, despu\xE9s, vuelve a conectarte con la nueva."],
  // code.201.password_expired
  ["Tienes algo pendiente en tu banco", "Tu banco necesita que hagas algo antes de que podamos actualizar tus cuentas. Entra en la web de tu banco, sigue las instrucciones y vuelve a intentarlo.", (v) => "Tienes algo pendiente en " + v.provider, (v) => v.provider + " necesita que hagas algo antes de que podamos actualizar tus cuentas. Entra en la web de " + v.provider + ", sigue las instrucciones y vuelve a intentarlo."],
  // code.202
  ["Tu contrato no incluye este servicio", "Tu contrato de banca online no incluye este servicio. Pide a tu banco que lo ampl\xEDe y vuelve a intentarlo.", , (v) => "Tu contrato de banca online no incluye este servicio. Pide a " + v.provider + " que lo ampl\xEDe y vuelve a intentarlo."],
  // code.203
  ["Confirma tu identidad", "Por tu seguridad, tu banco necesita que confirmes tu identidad antes de que podamos actualizar tus cuentas.", , (v) => "Por tu seguridad, " + v.provider + " necesita que confirmes tu identidad antes de que podamos actualizar tus cuentas."],
  // code.205
  ["Tu certificado ya no es v\xE1lido", "Tu certificado EBICS no es v\xE1lido o ha caducado. Renu\xE9valo con tu banco y, despu\xE9s, vuelve a conectarte.", , (v) => "Tu certificado EBICS no es v\xE1lido o ha caducado. Renu\xE9valo con " + v.provider + " y, despu\xE9s, vuelve a conectarte."],
  // code.206
  ["Hay un problema en tu banco", "La web de tu banco ha dado un error, as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde.", (v) => "Hay un problema en " + v.provider, (v) => "La web de " + v.provider + " ha dado un error, as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.300
  ["No hemos podido obtener tus \xFAltimos datos", "No hemos podido descargar tu informaci\xF3n desde la web de tu banco. Int\xE9ntalo de nuevo m\xE1s tarde.", , (v) => "No hemos podido descargar tu informaci\xF3n desde la web de " + v.provider + ". Int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.301
  ["Tu sesi\xF3n con el banco ha caducado", "La sesi\xF3n con tu banco se ha cerrado antes de que terminara la actualizaci\xF3n. Puede ocurrir si tienes otra sesi\xF3n abierta al mismo tiempo. Vuelve a intentarlo dentro de unos minutos.", , (v) => "La sesi\xF3n con " + v.provider + " se ha cerrado antes de que terminara la actualizaci\xF3n. Puede ocurrir si tienes otra sesi\xF3n abierta al mismo tiempo. Vuelve a intentarlo dentro de unos minutos."],
  // code.302
  ["No hemos podido terminar la actualizaci\xF3n", "La web de tu banco ha mostrado algo que todav\xEDa no sabemos gestionar, as\xED que tus cuentas no se han actualizado. Contacta con nosotros para que podamos solucionarlo.", , (v) => "La web de " + v.provider + " ha mostrado algo que todav\xEDa no sabemos gestionar, as\xED que tus cuentas no se han actualizado. Contacta con nosotros para que podamos solucionarlo."],
  // code.303
  ["Tu banco tiene que solucionar un problema", "Hay un problema en tu banco que solo se puede solucionar desde all\xED. No tienes que hacer nada; int\xE9ntalo de nuevo m\xE1s tarde.", (v) => v.provider + " tiene que solucionar un problema", (v) => "Hay un problema en " + v.provider + " que solo se puede solucionar desde all\xED. No tienes que hacer nada; int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.304
  ["Problema con el certificado de tu banco", "El certificado de seguridad de tu banco no es v\xE1lido o ha caducado. Tu banco tiene que renovarlo, as\xED que int\xE9ntalo de nuevo m\xE1s tarde.", , (v) => "El certificado de seguridad de " + v.provider + " no es v\xE1lido o ha caducado. " + v.provider + " tiene que renovarlo, as\xED que int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.305
  ["Algo ha fallado por nuestra parte", "Un error por nuestra parte ha impedido que se actualicen tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.400
  ["No hemos podido comprobar tu saldo", "No hemos podido comprobar el saldo de tus cuentas, as\xED que puede que no est\xE9n al d\xEDa. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // code.401
  ["No hemos podido procesar tus \xFAltimos datos", "No hemos podido procesar la informaci\xF3n m\xE1s reciente de tu banco. Int\xE9ntalo de nuevo m\xE1s tarde y, si vuelve a pasar, contacta con nosotros.", , (v) => "No hemos podido procesar la informaci\xF3n m\xE1s reciente de " + v.provider + ". Int\xE9ntalo de nuevo m\xE1s tarde y, si vuelve a pasar, contacta con nosotros."],
  // code.402
  ["Tus cuentas est\xE1n actualizadas", "Tus cuentas se han actualizado correctamente."],
  // category.1xx
  ["Tienes algo pendiente en tu banco", "Tu banco necesita que hagas algo antes de que podamos actualizar tus cuentas. Entra en la web de tu banco para ver los detalles y vuelve a intentarlo.", (v) => "Tienes algo pendiente en " + v.provider, (v) => v.provider + " necesita que hagas algo antes de que podamos actualizar tus cuentas. Entra en la web de " + v.provider + " para ver los detalles y vuelve a intentarlo."],
  // category.2xx
  ["Hay un problema en tu banco", "Hay un problema con la web de tu banco, as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde.", (v) => "Hay un problema en " + v.provider, (v) => "Hay un problema con la web de " + v.provider + ", as\xED que tus cuentas no se han actualizado. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // category.3xx
  ["Algo ha fallado por nuestra parte", "Un error por nuestra parte ha impedido que se actualicen tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde."],
  // category.4xx
  ["Algo ha fallado", "No hemos podido actualizar tus cuentas. Int\xE9ntalo de nuevo m\xE1s tarde y, si vuelve a pasar, contacta con nosotros."],
  // unknown
  ["Actualizar"],
  // action.wait
  ["Reintentar"],
  // action.retry_later
  ["Cambiar datos de acceso"],
  // action.update_credentials
  ["Actualizar contrase\xF1a"],
  // action.change_password
  ["C\xF3mo desbloquearlo"],
  // action.unblock_account
  ["Ir a la web de tu banco"],
  // action.act_on_provider_website
  ["Revisar tu contrato"],
  // action.upgrade_contract
  ["Confirmar identidad"],
  // action.authenticate
  ["Renovar certificado"],
  // action.renew_certificate
  ["Contactar con nosotros"],
  // action.contact_support
  ["Volver a conectar"]
  // action.reconnect
] };

// generated/locales/et.ts
var et = { locale: "et", rows: [
  ["Sinu kontod on ajakohased", "Uuendasime sinu kontod pangast saadud v\xE4rskeimate andmetega.", , (v) => "Uuendasime sinu kontod v\xE4rskeimate andmetega, mille " + v.provider + " meile saatis."],
  // status.finished
  ["Uuendamine algab kohe", "Sinu kontod uuendatakse kohe. Sul pole vaja midagi teha."],
  // status.pending
  ["Uuendame sinu kontosid", "Laadime sinu pangast v\xE4rskeimaid andmeid. See v\xF5ib v\xF5tta m\xF5ne hetke.", , (v) => "Laadime v\xE4rskeimaid andmeid pangast " + v.provider + ". See v\xF5ib v\xF5tta m\xF5ne hetke."],
  // status.in_progress
  ["Uuendame taustal", "V\xF5id rakenduse kasutamist j\xE4tkata. Sinu kontod uuenevad automaatselt, kui k\xF5ik on valmis."],
  // status.in_background_progress
  ["Pank ootab sinu tegevust", "Kontode uuendamise l\xF5petamiseks tee toiming, mida pank sinult palub, n\xE4iteks kinnita oma isik.", (v) => v.provider + " ootab sinu tegevust", (v) => "Kontode uuendamise l\xF5petamiseks tee toiming, mida " + v.provider + " sinult palub, n\xE4iteks kinnita oma isik."],
  // status.waiting_user
  ["Uuendamine katkestati", "Uuendamine peatati, seega sinu kontosid ei uuendatud. V\xF5id selle igal ajal uuesti k\xE4ivitada."],
  // status.cancelled
  ["Kontosid ei \xF5nnestunud uuendada", "Kontode uuendamisel l\xE4ks midagi valesti. Proovi hiljem uuesti."],
  // status.error
  ["Pangas toimuvad hooldust\xF6\xF6d", "Sinu panga e-teenused ei ole hooldust\xF6\xF6de t\xF5ttu praegu k\xE4ttesaadavad, seega ei saa me sinu kontosid uuendada. Proovi hiljem uuesti.", (v) => v.provider + " teeb hooldust\xF6id", (v) => v.provider + " teeb hooldust\xF6id ja e-teenused ei ole praegu k\xE4ttesaadavad, seega ei saa me sinu kontosid uuendada. Proovi hiljem uuesti."],
  // status.maintenance
  ["Uuendamine on plaanitud", "Sinu kontod uuendatakse hiljem automaatselt. Sul pole vaja midagi teha."],
  // status.scheduled
  ["Pank pole praegu k\xE4ttesaadav", "Me ei saa praegu sinu pangaga \xFChendust, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti.", (v) => v.provider + " pole praegu k\xE4ttesaadav", (v) => v.provider + " ei vasta praegu, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti."],
  // status.unavailable
  ["Sinu kontod on ajakohased", "Sinu kontod on edukalt uuendatud."],
  // code.100
  ["Kontrolli sisselogimisandmeid", "Pank l\xFCkkas sinu sisselogimisandmed tagasi. Kontrolli neid ja sisesta need uuesti, et \xFChendus taastada.", , (v) => v.provider + " l\xFCkkas sinu sisselogimisandmed tagasi. Kontrolli neid ja sisesta need uuesti, et \xFChendus taastada."],
  // code.201
  ["Valed sisselogimisandmed", "Pank l\xFCkkas sinu kasutajatunnuse v\xF5i parooli tagasi. \xDChenduse taastamiseks sisesta oma praegused sisselogimisandmed.", , (v) => v.provider + " l\xFCkkas sinu kasutajatunnuse v\xF5i parooli tagasi. \xDChenduse taastamiseks sisesta oma praegused sisselogimisandmed."],
  // code.201.bad_credentials
  ["Sinu internetipank on blokeeritud", "Pank on blokeerinud sinu juurdep\xE4\xE4su internetipangale. Blokeeringu eemaldamiseks p\xF6\xF6rdu panga poole ja seej\xE4rel loo \xFChendus uuesti.", , (v) => v.provider + " on blokeerinud sinu juurdep\xE4\xE4su internetipangale. Blokeeringu eemaldamiseks p\xF6\xF6rdu panga poole ja seej\xE4rel loo \xFChendus uuesti."],
  // code.201.account_blocked
  ["Sinu parool on aegunud", "Pank n\xF5uab, et m\xE4\xE4raksid uue parooli. Muuda parool oma panga veebilehel ja seej\xE4rel loo \xFChendus uue parooliga uuesti.", , (v) => v.provider + " n\xF5uab, et m\xE4\xE4raksid uue parooli. Muuda parool panga veebilehel ja seej\xE4rel loo \xFChendus uue parooliga uuesti."],
  // code.201.password_expired
  ["Pangas on vaja sinu tegevust", "Enne kontode uuendamist palub pank sul midagi teha. Logi sisse oma panga veebilehele, j\xE4rgi juhiseid ja proovi siis uuesti.", (v) => v.provider + " vajab sinu tegevust", (v) => "Enne kontode uuendamist palub " + v.provider + " sul midagi teha. Logi sisse panga veebilehele, j\xE4rgi juhiseid ja proovi siis uuesti."],
  // code.202
  ["Sinu leping seda ei v\xF5imalda", "Sinu internetipanga leping ei h\xF5lma seda teenust. Palu pangal lepingut laiendada ja proovi siis uuesti.", , (v) => "Sinu internetipanga leping ei h\xF5lma seda teenust. Palu, et " + v.provider + " sinu lepingut laiendaks, ja proovi siis uuesti."],
  // code.203
  ["Kinnita oma isik", "Sinu turvalisuse huvides palub pank sul enne kontode uuendamist oma isik kinnitada.", , (v) => "Sinu turvalisuse huvides palub " + v.provider + " sul enne kontode uuendamist oma isik kinnitada."],
  // code.205
  ["Sinu sertifikaat on aegunud", "Sinu EBICS-sertifikaat on kehtetu v\xF5i aegunud. Uuenda see oma pangas ja loo siis \xFChendus uuesti.", , (v) => "Sinu EBICS-sertifikaat on kehtetu v\xF5i aegunud. Uuenda see pangas " + v.provider + " ja loo siis \xFChendus uuesti."],
  // code.206
  ["Pangas on t\xF5rge", "Sinu panga veebilehel tekkis t\xF5rge, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti.", (v) => v.provider + ": tehniline t\xF5rge", (v) => "Panga " + v.provider + " veebilehel tekkis t\xF5rge, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti."],
  // code.300
  ["V\xE4rskeimaid andmeid ei \xF5nnestunud saada", "Me ei saanud sinu andmeid panga veebilehelt alla laadida. Proovi hiljem uuesti.", , (v) => "Me ei saanud sinu andmeid panga " + v.provider + " veebilehelt alla laadida. Proovi hiljem uuesti."],
  // code.301
  ["Pangaseanss aegus", "Sinu pangaseanss l\xF5ppes enne, kui uuendamine l\xF5puni j\xF5udis. Nii v\xF5ib juhtuda, kui oled samal ajal mujal sisse logitud. Proovi m\xF5ne minuti p\xE4rast uuesti.", , (v) => v.provider + " l\xF5petas sinu seansi enne, kui uuendamine l\xF5puni j\xF5udis. Nii v\xF5ib juhtuda, kui oled samal ajal mujal sisse logitud. Proovi m\xF5ne minuti p\xE4rast uuesti."],
  // code.302
  ["Uuendamist ei \xF5nnestunud l\xF5petada", "Sinu panga veebilehel kuvati midagi, mida me veel ei toeta, seega sinu kontosid ei uuendatud. V\xF5ta \xFChendust klienditoega, et saaksime probleemi lahendada.", , (v) => "Panga " + v.provider + " veebilehel kuvati midagi, mida me veel ei toeta, seega sinu kontosid ei uuendatud. V\xF5ta \xFChendust klienditoega, et saaksime probleemi lahendada."],
  // code.303
  ["Pank peab probleemi lahendama", "Probleem on panga poolel ja selle saab lahendada ainult pank. Sul pole vaja midagi teha \u2013 proovi hiljem uuesti.", (v) => v.provider + " peab probleemi lahendama", (v) => "Probleem on panga poolel ja selle saab lahendada ainult " + v.provider + ". Sul pole vaja midagi teha \u2013 proovi hiljem uuesti."],
  // code.304
  ["Probleem panga sertifikaadiga", "Sinu panga turvasertifikaat on kehtetu v\xF5i aegunud. Pank peab selle uuendama, seega proovi hiljem uuesti.", , (v) => v.provider + " peab oma turvasertifikaadi uuendama, sest see on kehtetu v\xF5i aegunud. Proovi hiljem uuesti."],
  // code.305
  ["Meie poolel l\xE4ks midagi valesti", "Meie s\xFCsteemi t\xF5rke t\xF5ttu ei \xF5nnestunud sinu kontosid uuendada. Proovi hiljem uuesti."],
  // code.400
  ["Kontoj\xE4\xE4ki ei \xF5nnestunud kontrollida", "Me ei saanud sinu kontoj\xE4\xE4ki kontrollida, seega ei pruugi sinu kontode andmed olla ajakohased. Proovi hiljem uuesti."],
  // code.401
  ["V\xE4rskeimaid andmeid ei \xF5nnestunud t\xF6\xF6delda", "Me ei saanud sinu pangast saadud v\xE4rskeimaid andmeid t\xF6\xF6delda. Proovi hiljem uuesti ja kui probleem kordub, v\xF5ta \xFChendust klienditoega.", , (v) => "Me ei saanud t\xF6\xF6delda v\xE4rskeimaid andmeid, mille " + v.provider + " meile saatis. Proovi hiljem uuesti ja kui probleem kordub, v\xF5ta \xFChendust klienditoega."],
  // code.402
  ["Sinu kontod on ajakohased", "Sinu kontod on edukalt uuendatud."],
  // category.1xx
  ["Pangas on vaja sinu tegevust", "Enne kontode uuendamist palub pank sul midagi teha. \xDCksikasjad leiad, kui logid sisse oma panga veebilehele. Seej\xE4rel proovi uuesti.", (v) => v.provider + " vajab sinu tegevust", (v) => "Enne kontode uuendamist palub " + v.provider + " sul midagi teha. \xDCksikasjad leiad, kui logid sisse panga veebilehele. Seej\xE4rel proovi uuesti."],
  // category.2xx
  ["Pangas on t\xF5rge", "Sinu panga veebilehel on probleem, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti.", (v) => v.provider + ": tehniline t\xF5rge", (v) => "Panga " + v.provider + " veebilehel on probleem, seega sinu kontosid ei uuendatud. Proovi hiljem uuesti."],
  // category.3xx
  ["Meie poolel l\xE4ks midagi valesti", "Meie s\xFCsteemi t\xF5rke t\xF5ttu ei \xF5nnestunud sinu kontosid uuendada. Proovi hiljem uuesti."],
  // category.4xx
  ["Midagi l\xE4ks valesti", "Sinu kontosid ei \xF5nnestunud uuendada. Proovi hiljem uuesti ja kui probleem kordub, v\xF5ta \xFChendust klienditoega."],
  // unknown
  ["V\xE4rskenda"],
  // action.wait
  ["Proovi uuesti"],
  // action.retry_later
  ["Sisesta andmed uuesti"],
  // action.update_credentials
  ["Uuenda parooli"],
  // action.change_password
  ["Blokeeringu eemaldamine"],
  // action.unblock_account
  ["Ava panga veebileht"],
  // action.act_on_provider_website
  ["Kontrolli lepingut"],
  // action.upgrade_contract
  ["Kinnita isik"],
  // action.authenticate
  ["Uuenda sertifikaati"],
  // action.renew_certificate
  ["V\xF5ta meiega \xFChendust"],
  // action.contact_support
  ["\xDChenda uuesti"]
  // action.reconnect
] };

// generated/locales/fi.ts
var fi = { locale: "fi", rows: [
  ["Tilisi ovat ajan tasalla", "P\xE4ivitimme tilisi pankkisi uusimmilla tiedoilla.", , (v) => "P\xE4ivitimme tilisi uusimmilla tiedoilla, jotka " + v.provider + " v\xE4litti meille."],
  // status.finished
  ["P\xE4ivitys alkaa pian", "Tilisi p\xE4ivitet\xE4\xE4n hetken kuluttua. Sinun ei tarvitse tehd\xE4 mit\xE4\xE4n."],
  // status.pending
  ["Tilej\xE4si p\xE4ivitet\xE4\xE4n", "Haemme uusimpia tietoja pankistasi. T\xE4m\xE4 voi kest\xE4\xE4 hetken.", , (v) => v.provider + " v\xE4litt\xE4\xE4 meille parhaillaan uusimpia tietojasi. T\xE4m\xE4 voi kest\xE4\xE4 hetken."],
  // status.in_progress
  ["P\xE4ivitys jatkuu taustalla", "Voit jatkaa sovelluksen k\xE4ytt\xF6\xE4. Tilisi p\xE4ivittyv\xE4t automaattisesti heti, kun tiedot on haettu."],
  // status.in_background_progress
  ["Pankkisi odottaa toimiasi", "Viimeistele tilien p\xE4ivitys tekem\xE4ll\xE4 se, mit\xE4 pankkisi pyyt\xE4\xE4, esimerkiksi tunnistautumalla.", (v) => v.provider + " odottaa toimiasi", (v) => "Viimeistele tilien p\xE4ivitys tekem\xE4ll\xE4 se, mit\xE4 " + v.provider + " pyyt\xE4\xE4, esimerkiksi tunnistautumalla."],
  // status.waiting_user
  ["P\xE4ivitys peruttiin", "P\xE4ivitys keskeytettiin, joten tilej\xE4si ei p\xE4ivitetty. Voit aloittaa sen uudelleen milloin tahansa."],
  // status.cancelled
  ["Tilien p\xE4ivitys ei onnistunut", "Jokin meni vikaan tilej\xE4 p\xE4ivitett\xE4ess\xE4. Yrit\xE4 my\xF6hemmin uudelleen."],
  // status.error
  ["Pankkisi palveluissa on huoltokatko", "Pankkisi verkkopalvelut ovat huoltokatkon vuoksi poissa k\xE4yt\xF6st\xE4, joten emme voi p\xE4ivitt\xE4\xE4 tilej\xE4si juuri nyt. Yrit\xE4 my\xF6hemmin uudelleen.", (v) => v.provider + " huoltaa palvelujaan", (v) => v.provider + " huoltaa verkkopalvelujaan, joten emme voi p\xE4ivitt\xE4\xE4 tilej\xE4si juuri nyt. Yrit\xE4 my\xF6hemmin uudelleen."],
  // status.maintenance
  ["P\xE4ivitys on ajastettu", "Tilisi p\xE4ivitet\xE4\xE4n automaattisesti my\xF6hemmin. Sinun ei tarvitse tehd\xE4 mit\xE4\xE4n."],
  // status.scheduled
  ["Pankkisi ei ole tavoitettavissa", "Emme saa juuri nyt yhteytt\xE4 pankkiisi, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen.", (v) => v.provider + " ei ole tavoitettavissa", (v) => v.provider + " ei ole juuri nyt tavoitettavissa, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen."],
  // status.unavailable
  ["Tilisi ovat ajan tasalla", "Tilien p\xE4ivitys onnistui."],
  // code.100
  ["Tarkista pankkitunnuksesi", "Pankkisi ei hyv\xE4ksynyt tunnuksiasi. Tarkista ne ja sy\xF6t\xE4 ne uudelleen, niin yhteys palautuu.", , (v) => v.provider + " ei hyv\xE4ksynyt tunnuksiasi. Tarkista ne ja sy\xF6t\xE4 ne uudelleen, niin yhteys palautuu."],
  // code.201
  ["Virheelliset pankkitunnukset", "Pankkisi ei hyv\xE4ksynyt k\xE4ytt\xE4j\xE4tunnustasi tai salasanaasi. Sy\xF6t\xE4 voimassa olevat tunnuksesi, niin yhteys palautuu.", , (v) => v.provider + " ei hyv\xE4ksynyt k\xE4ytt\xE4j\xE4tunnustasi tai salasanaasi. Sy\xF6t\xE4 voimassa olevat tunnuksesi, niin yhteys palautuu."],
  // code.201.bad_credentials
  ["Verkkopankkisi on lukittu", "Pankkisi on lukinnut verkkopankkisi. Pyyd\xE4 pankkiasi avaamaan lukitus ja yhdist\xE4 sitten uudelleen.", , (v) => v.provider + " on lukinnut verkkopankkisi. Pyyd\xE4 pankkia avaamaan lukitus ja yhdist\xE4 sitten uudelleen."],
  // code.201.account_blocked
  ["Salasanasi on vanhentunut", "Pankkisi pyyt\xE4\xE4 sinua vaihtamaan salasanasi. Vaihda se pankkisi verkkosivuilla ja yhdist\xE4 sitten uudelleen uutta salasanaa k\xE4ytt\xE4en.", , (v) => v.provider + " pyyt\xE4\xE4 sinua vaihtamaan salasanasi. Vaihda se pankin verkkosivuilla ja yhdist\xE4 sitten uudelleen uutta salasanaa k\xE4ytt\xE4en."],
  // code.201.password_expired
  ["Pankkisi pyyt\xE4\xE4 toimenpiteit\xE4", "Pankkisi pyyt\xE4\xE4 sinulta toimenpiteit\xE4, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4. Kirjaudu verkkopankkiisi, noudata ohjeita ja yrit\xE4 sitten uudelleen.", (v) => v.provider + " pyyt\xE4\xE4 toimenpiteit\xE4", (v) => v.provider + " pyyt\xE4\xE4 sinulta toimenpiteit\xE4, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4. Kirjaudu verkkopankkiin, noudata ohjeita ja yrit\xE4 sitten uudelleen."],
  // code.202
  ["Sopimuksesi ei salli t\xE4t\xE4", "Verkkopankkisopimuksesi ei kata t\xE4t\xE4 palvelua. Pyyd\xE4 pankkiasi laajentamaan sopimusta ja yrit\xE4 sitten uudelleen.", , (v) => "Verkkopankkisopimuksesi ei kata t\xE4t\xE4 palvelua. " + v.provider + " voi laajentaa sopimustasi \u2013 ota yhteytt\xE4 pankkiin ja yrit\xE4 sitten uudelleen."],
  // code.203
  ["Tunnistautuminen tarvitaan", "Turvallisuutesi vuoksi pankkisi pyyt\xE4\xE4 sinua tunnistautumaan, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4.", , (v) => "Turvallisuutesi vuoksi " + v.provider + " pyyt\xE4\xE4 sinua tunnistautumaan, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4."],
  // code.205
  ["Varmenteesi on vanhentunut", "EBICS-varmenteesi on virheellinen tai vanhentunut. Uusi varmenne pankkisi kautta ja yhdist\xE4 sitten uudelleen.", , (v) => "EBICS-varmenteesi on virheellinen tai vanhentunut. " + v.provider + " voi uusia sen \u2013 ota yhteytt\xE4 pankkiin ja yhdist\xE4 sitten uudelleen."],
  // code.206
  ["Ongelma pankkisi palvelussa", "Pankkisi verkkosivuilla ilmeni ongelma, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen.", (v) => v.provider + ": tilap\xE4inen ongelma", (v) => v.provider + ": verkkosivuilla ilmeni ongelma, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen."],
  // code.300
  ["Uusimpien tietojen haku ep\xE4onnistui", "Emme saaneet ladattua tietojasi pankkisi verkkosivuilta. Yrit\xE4 my\xF6hemmin uudelleen.", , (v) => v.provider + ": emme saaneet ladattua tietojasi verkkosivuilta. Yrit\xE4 my\xF6hemmin uudelleen."],
  // code.301
  ["Pankki-istuntosi p\xE4\xE4ttyi", "Pankki-istuntosi p\xE4\xE4ttyi, ennen kuin p\xE4ivitys valmistui. N\xE4in voi k\xE4yd\xE4, jos olet kirjautuneena verkkopankkiin samaan aikaan my\xF6s muualla. Yrit\xE4 uudelleen muutaman minuutin kuluttua.", , (v) => v.provider + " p\xE4\xE4tti istuntosi, ennen kuin p\xE4ivitys valmistui. N\xE4in voi k\xE4yd\xE4, jos olet kirjautuneena verkkopankkiin samaan aikaan my\xF6s muualla. Yrit\xE4 uudelleen muutaman minuutin kuluttua."],
  // code.302
  ["Emme saaneet p\xE4ivityst\xE4 valmiiksi", "Pankkisi verkkosivuilla n\xE4kyi jotain, mit\xE4 emme viel\xE4 osaa k\xE4sitell\xE4, joten tilej\xE4si ei p\xE4ivitetty. Ota yhteytt\xE4 asiakaspalveluumme, niin voimme korjata asian.", , (v) => v.provider + " n\xE4ytti verkkosivuillaan jotain, mit\xE4 emme viel\xE4 osaa k\xE4sitell\xE4, joten tilej\xE4si ei p\xE4ivitetty. Ota yhteytt\xE4 asiakaspalveluumme, niin voimme korjata asian."],
  // code.303
  ["Vain pankkisi voi korjata ongelman", "Pankkisi p\xE4\xE4ss\xE4 on ongelma, jonka vain pankki voi korjata. Sinun ei tarvitse tehd\xE4 mit\xE4\xE4n \u2013 yrit\xE4 my\xF6hemmin uudelleen.", (v) => "Vain " + v.provider + " voi korjata ongelman", (v) => "Pankin p\xE4\xE4ss\xE4 on ongelma, jonka vain " + v.provider + " voi korjata. Sinun ei tarvitse tehd\xE4 mit\xE4\xE4n \u2013 yrit\xE4 my\xF6hemmin uudelleen."],
  // code.304
  ["Ongelma pankkisi varmenteessa", "Pankkisi k\xE4ytt\xE4m\xE4 varmenne on virheellinen tai vanhentunut. Vain pankki voi uusia sen, joten yrit\xE4 my\xF6hemmin uudelleen.", , (v) => "Varmenne, jota " + v.provider + " k\xE4ytt\xE4\xE4, on virheellinen tai vanhentunut. Vain pankki voi uusia sen, joten yrit\xE4 my\xF6hemmin uudelleen."],
  // code.305
  ["Jokin meni vikaan meid\xE4n p\xE4\xE4ss\xE4mme", "Virhe palvelussamme esti tilej\xE4si p\xE4ivittym\xE4st\xE4. Yrit\xE4 my\xF6hemmin uudelleen."],
  // code.400
  ["Saldoa ei voitu tarkistaa", "Emme saaneet tarkistettua tiliesi saldoja, joten tiedot eiv\xE4t ehk\xE4 ole ajan tasalla. Yrit\xE4 my\xF6hemmin uudelleen."],
  // code.401
  ["Uusimpia tietoja ei voitu k\xE4sitell\xE4", "Emme pystyneet k\xE4sittelem\xE4\xE4n pankiltasi saatuja uusimpia tietoja. Yrit\xE4 my\xF6hemmin uudelleen ja ota yhteytt\xE4 asiakaspalveluumme, jos ongelma toistuu.", , (v) => "Emme pystyneet k\xE4sittelem\xE4\xE4n uusimpia tietoja, jotka " + v.provider + " v\xE4litti meille. Yrit\xE4 my\xF6hemmin uudelleen ja ota yhteytt\xE4 asiakaspalveluumme, jos ongelma toistuu."],
  // code.402
  ["Tilisi ovat ajan tasalla", "Tilien p\xE4ivitys onnistui."],
  // category.1xx
  ["Pankkisi pyyt\xE4\xE4 toimenpiteit\xE4", "Pankkisi pyyt\xE4\xE4 sinulta toimenpiteit\xE4, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4. Kirjaudu verkkopankkiisi, niin n\xE4et lis\xE4tiedot, ja yrit\xE4 sitten uudelleen.", (v) => v.provider + " pyyt\xE4\xE4 toimenpiteit\xE4", (v) => v.provider + " pyyt\xE4\xE4 sinulta toimenpiteit\xE4, ennen kuin tilisi voidaan p\xE4ivitt\xE4\xE4. Kirjaudu verkkopankkiin, niin n\xE4et lis\xE4tiedot, ja yrit\xE4 sitten uudelleen."],
  // category.2xx
  ["Ongelma pankkisi palvelussa", "Pankkisi verkkosivuilla on ongelma, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen.", (v) => v.provider + ": tilap\xE4inen ongelma", (v) => v.provider + ": verkkosivuilla on ongelma, joten tilej\xE4si ei p\xE4ivitetty. Yrit\xE4 my\xF6hemmin uudelleen."],
  // category.3xx
  ["Jokin meni vikaan meid\xE4n p\xE4\xE4ss\xE4mme", "Virhe palvelussamme esti tilej\xE4si p\xE4ivittym\xE4st\xE4. Yrit\xE4 my\xF6hemmin uudelleen."],
  // category.4xx
  ["Jokin meni vikaan", "Emme voineet p\xE4ivitt\xE4\xE4 tilej\xE4si. Yrit\xE4 my\xF6hemmin uudelleen ja ota yhteytt\xE4 asiakaspalveluumme, jos ongelma toistuu."],
  // unknown
  ["P\xE4ivit\xE4 tilanne"],
  // action.wait
  ["Yrit\xE4 uudelleen"],
  // action.retry_later
  ["P\xE4ivit\xE4 pankkitunnukset"],
  // action.update_credentials
  ["P\xE4ivit\xE4 salasana"],
  // action.change_password
  ["N\xE4in avaat lukituksen"],
  // action.unblock_account
  ["Siirry verkkopankkiin"],
  // action.act_on_provider_website
  ["Tarkista sopimuksesi"],
  // action.upgrade_contract
  ["Tunnistaudu"],
  // action.authenticate
  ["N\xE4in uusit varmenteen"],
  // action.renew_certificate
  ["Kysy asiakaspalvelusta"],
  // action.contact_support
  ["Yhdist\xE4 uudelleen"]
  // action.reconnect
] };

// generated/locales/fr.ts
var fr = { locale: "fr", rows: [
  ["Vos comptes sont \xE0 jour", "Vos comptes ont \xE9t\xE9 mis \xE0 jour avec les derni\xE8res informations de votre banque.", , (v) => "Vos comptes ont \xE9t\xE9 mis \xE0 jour avec les derni\xE8res informations transmises par " + v.provider + "."],
  // status.finished
  ["La mise \xE0 jour va commencer", "Vos comptes vont \xEAtre mis \xE0 jour dans un instant. Vous n\u2019avez rien \xE0 faire."],
  // status.pending
  ["Mise \xE0 jour de vos comptes en cours", "Nous r\xE9cup\xE9rons les derni\xE8res informations de votre banque. Cela peut prendre quelques instants.", , (v) => "Nous r\xE9cup\xE9rons les derni\xE8res informations de vos comptes " + v.provider + ". Cela peut prendre quelques instants."],
  // status.in_progress
  ["Mise \xE0 jour en arri\xE8re-plan", "Vous pouvez continuer \xE0 utiliser l\u2019application. Vos comptes se mettront \xE0 jour automatiquement une fois l\u2019op\xE9ration termin\xE9e."],
  // status.in_background_progress
  ["Votre banque attend une action de votre part", "Pour terminer la mise \xE0 jour de vos comptes, effectuez l\u2019\xE9tape demand\xE9e par votre banque, par exemple la confirmation de votre identit\xE9.", (v) => v.provider + " attend une action de votre part", (v) => "Pour terminer la mise \xE0 jour de vos comptes, effectuez l\u2019\xE9tape demand\xE9e par " + v.provider + ", par exemple la confirmation de votre identit\xE9."],
  // status.waiting_user
  ["Mise \xE0 jour annul\xE9e", "La mise \xE0 jour a \xE9t\xE9 interrompue et vos comptes n\u2019ont pas \xE9t\xE9 mis \xE0 jour. Vous pouvez la relancer \xE0 tout moment."],
  // status.cancelled
  ["Impossible de mettre \xE0 jour vos comptes", "Un probl\xE8me est survenu lors de la mise \xE0 jour de vos comptes. Veuillez r\xE9essayer plus tard."],
  // status.error
  ["Votre banque est en maintenance", "Les services en ligne de votre banque sont en maintenance\xA0: nous ne pouvons pas mettre \xE0 jour vos comptes pour le moment. Veuillez r\xE9essayer plus tard.", (v) => v.provider + " est en maintenance", (v) => v.provider + " effectue une maintenance de ses services en ligne\xA0: nous ne pouvons pas mettre \xE0 jour vos comptes pour le moment. Veuillez r\xE9essayer plus tard."],
  // status.maintenance
  ["Mise \xE0 jour programm\xE9e", "Vos comptes seront mis \xE0 jour automatiquement plus tard. Vous n\u2019avez rien \xE0 faire."],
  // status.scheduled
  ["Votre banque est indisponible", "Votre banque ne r\xE9pond pas pour le moment et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard.", (v) => v.provider + " est indisponible", (v) => v.provider + " ne r\xE9pond pas pour le moment et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard."],
  // status.unavailable
  ["Vos comptes sont \xE0 jour", "Vos comptes ont bien \xE9t\xE9 mis \xE0 jour."],
  // code.100
  ["V\xE9rifiez vos identifiants", "Votre banque n\u2019a pas accept\xE9 vos identifiants. V\xE9rifiez-les, puis saisissez-les \xE0 nouveau pour vous reconnecter.", , (v) => v.provider + " n\u2019a pas accept\xE9 vos identifiants. V\xE9rifiez-les, puis saisissez-les \xE0 nouveau pour vous reconnecter."],
  // code.201
  ["Identifiants incorrects", "Votre banque n\u2019a pas accept\xE9 votre identifiant ou votre mot de passe. Saisissez vos identifiants actuels pour vous reconnecter.", , (v) => v.provider + " n\u2019a pas accept\xE9 votre identifiant ou votre mot de passe. Saisissez vos identifiants actuels pour vous reconnecter."],
  // code.201.bad_credentials
  ["Votre acc\xE8s \xE0 la banque en ligne est bloqu\xE9", "Votre banque a bloqu\xE9 votre acc\xE8s \xE0 la banque en ligne. Contactez-la pour le faire d\xE9bloquer, puis reconnectez-vous.", , (v) => v.provider + " a bloqu\xE9 votre acc\xE8s \xE0 la banque en ligne. Contactez " + v.provider + " pour le faire d\xE9bloquer, puis reconnectez-vous."],
  // code.201.account_blocked
  ["Votre mot de passe a expir\xE9", "Votre banque vous demande de choisir un nouveau mot de passe. Modifiez-le sur le site de votre banque, puis reconnectez-vous avec ce nouveau mot de passe.", , (v) => v.provider + " vous demande de choisir un nouveau mot de passe. Modifiez-le sur le site " + v.provider + ", puis reconnectez-vous avec ce nouveau mot de passe."],
  // code.201.password_expired
  ["Action requise aupr\xE8s de votre banque", "Votre banque vous demande d\u2019effectuer une action avant que vos comptes puissent \xEAtre mis \xE0 jour. Connectez-vous sur le site de votre banque, suivez les instructions, puis r\xE9essayez.", (v) => v.provider + "\xA0: action requise", (v) => v.provider + " vous demande d\u2019effectuer une action avant que vos comptes puissent \xEAtre mis \xE0 jour. Connectez-vous sur le site " + v.provider + ", suivez les instructions, puis r\xE9essayez."],
  // code.202
  ["Service non inclus dans votre contrat", "Votre contrat de banque en ligne n\u2019inclut pas ce service. Demandez \xE0 votre banque de faire \xE9voluer ce contrat, puis r\xE9essayez.", , (v) => "Votre contrat de banque en ligne n\u2019inclut pas ce service. Demandez \xE0 " + v.provider + " de faire \xE9voluer ce contrat, puis r\xE9essayez."],
  // code.203
  ["Confirmez votre identit\xE9", "Pour votre s\xE9curit\xE9, votre banque vous demande de confirmer votre identit\xE9 avant que nous puissions mettre \xE0 jour vos comptes.", , (v) => "Pour votre s\xE9curit\xE9, " + v.provider + " vous demande de confirmer votre identit\xE9 avant que nous puissions mettre \xE0 jour vos comptes."],
  // code.205
  ["Votre certificat n\u2019est plus valide", "Votre certificat EBICS n\u2019est pas valide ou a expir\xE9. Renouvelez-le aupr\xE8s de votre banque, puis reconnectez-vous.", , (v) => "Votre certificat EBICS n\u2019est pas valide ou a expir\xE9. Demandez son renouvellement \xE0 " + v.provider + ", puis reconnectez-vous."],
  // code.206
  ["Probl\xE8me technique chez votre banque", "Le site de votre banque a rencontr\xE9 un probl\xE8me et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard.", (v) => "Probl\xE8me technique chez " + v.provider, (v) => "Le site " + v.provider + " a rencontr\xE9 un probl\xE8me et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard."],
  // code.300
  ["Impossible de r\xE9cup\xE9rer vos derni\xE8res donn\xE9es", "Nous n\u2019avons pas pu t\xE9l\xE9charger vos informations depuis le site de votre banque. Veuillez r\xE9essayer plus tard.", , (v) => "Nous n\u2019avons pas pu t\xE9l\xE9charger vos informations depuis le site " + v.provider + ". Veuillez r\xE9essayer plus tard."],
  // code.301
  ["Votre session bancaire a expir\xE9", "Votre session bancaire s\u2019est ferm\xE9e avant la fin de la mise \xE0 jour. Cela peut arriver si vous avez une autre session ouverte ailleurs. Veuillez r\xE9essayer dans quelques minutes.", , (v) => "Votre session chez " + v.provider + " s\u2019est ferm\xE9e avant la fin de la mise \xE0 jour. Cela peut arriver si vous avez une autre session ouverte ailleurs. Veuillez r\xE9essayer dans quelques minutes."],
  // code.302
  ["Nous n\u2019avons pas pu terminer la mise \xE0 jour", "Le site de votre banque a affich\xE9 une page que nous ne prenons pas encore en charge et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Contactez l\u2019assistance pour que nous puissions corriger le probl\xE8me.", , (v) => "Le site " + v.provider + " a affich\xE9 une page que nous ne prenons pas encore en charge et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Contactez l\u2019assistance pour que nous puissions corriger le probl\xE8me."],
  // code.303
  ["Votre banque doit r\xE9soudre un probl\xE8me", "Un probl\xE8me est survenu du c\xF4t\xE9 de votre banque, et seule celle-ci peut le r\xE9soudre. Vous n\u2019avez rien \xE0 faire\u202F; veuillez r\xE9essayer plus tard.", (v) => v.provider + " doit r\xE9soudre un probl\xE8me", (v) => "Un probl\xE8me est survenu chez " + v.provider + " et ne peut \xEAtre r\xE9solu que de son c\xF4t\xE9. Vous n\u2019avez rien \xE0 faire\u202F; veuillez r\xE9essayer plus tard."],
  // code.304
  ["Probl\xE8me de certificat chez votre banque", "Le certificat de s\xE9curit\xE9 de votre banque n\u2019est pas valide ou a expir\xE9. Votre banque doit le renouveler. Veuillez r\xE9essayer plus tard.", , (v) => "Le certificat de s\xE9curit\xE9 utilis\xE9 par " + v.provider + " n\u2019est pas valide ou a expir\xE9. " + v.provider + " doit le renouveler. Veuillez r\xE9essayer plus tard."],
  // code.305
  ["Un probl\xE8me est survenu de notre c\xF4t\xE9", "Une erreur de notre c\xF4t\xE9 a emp\xEAch\xE9 la mise \xE0 jour de vos comptes. Veuillez r\xE9essayer plus tard."],
  // code.400
  ["Impossible de v\xE9rifier votre solde", "Nous n\u2019avons pas pu v\xE9rifier le solde de vos comptes\xA0: ils ne sont peut-\xEAtre pas \xE0 jour. Veuillez r\xE9essayer plus tard."],
  // code.401
  ["Impossible de traiter vos derni\xE8res donn\xE9es", "Nous n\u2019avons pas pu traiter les derni\xE8res informations re\xE7ues de votre banque. Veuillez r\xE9essayer plus tard et contacter l\u2019assistance si le probl\xE8me persiste.", , (v) => "Nous n\u2019avons pas pu traiter les derni\xE8res informations transmises par " + v.provider + ". Veuillez r\xE9essayer plus tard et contacter l\u2019assistance si le probl\xE8me persiste."],
  // code.402
  ["Vos comptes sont \xE0 jour", "Vos comptes ont bien \xE9t\xE9 mis \xE0 jour."],
  // category.1xx
  ["Action requise aupr\xE8s de votre banque", "Votre banque vous demande d\u2019effectuer une action avant que vos comptes puissent \xEAtre mis \xE0 jour. Connectez-vous sur le site de votre banque pour en savoir plus, puis r\xE9essayez.", (v) => v.provider + "\xA0: action requise", (v) => v.provider + " vous demande d\u2019effectuer une action avant que vos comptes puissent \xEAtre mis \xE0 jour. Connectez-vous sur le site " + v.provider + " pour en savoir plus, puis r\xE9essayez."],
  // category.2xx
  ["Probl\xE8me technique chez votre banque", "Le site de votre banque rencontre un probl\xE8me et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard.", (v) => "Probl\xE8me technique chez " + v.provider, (v) => "Le site " + v.provider + " rencontre un probl\xE8me et vos comptes n\u2019ont pas pu \xEAtre mis \xE0 jour. Veuillez r\xE9essayer plus tard."],
  // category.3xx
  ["Un probl\xE8me est survenu de notre c\xF4t\xE9", "Une erreur de notre c\xF4t\xE9 a emp\xEAch\xE9 la mise \xE0 jour de vos comptes. Veuillez r\xE9essayer plus tard."],
  // category.4xx
  ["Un probl\xE8me est survenu", "Nous n\u2019avons pas pu mettre \xE0 jour vos comptes. Veuillez r\xE9essayer plus tard et contacter l\u2019assistance si le probl\xE8me persiste."],
  // unknown
  ["Actualiser"],
  // action.wait
  ["R\xE9essayer"],
  // action.retry_later
  ["Modifier mes identifiants"],
  // action.update_credentials
  ["Modifier mon mot de passe"],
  // action.change_password
  ["Comment d\xE9bloquer l\u2019acc\xE8s"],
  // action.unblock_account
  ["Acc\xE9der \xE0 ma banque"],
  // action.act_on_provider_website
  ["V\xE9rifier mon contrat"],
  // action.upgrade_contract
  ["Confirmer mon identit\xE9"],
  // action.authenticate
  ["Renouveler le certificat"],
  // action.renew_certificate
  ["Contacter l\u2019assistance"],
  // action.contact_support
  ["Reconnecter ma banque"]
  // action.reconnect
] };

// generated/locales/ga.ts
var ga = { locale: "ga", rows: [
  ["T\xE1 do chuntais cothrom le d\xE1ta", "T\xE1 do chuntais nuashonraithe againn leis an bhfaisn\xE9is is d\xE9ana\xED at\xE1 ag do bhanc.", , (v) => "T\xE1 do chuntais nuashonraithe againn leis an bhfaisn\xE9is is d\xE9ana\xED at\xE1 ag " + v.provider + "."],
  // status.finished
  ["Nuashonr\xFA ar t\xED tos\xFA", "Nuashonr\xF3far do chuntais i gceann n\xF3im\xE9id. N\xEDl aon rud le d\xE9anamh agat."],
  // status.pending
  ["Do chuntais \xE1 nuashonr\xFA", "T\xE1imid ag f\xE1il na faisn\xE9ise is d\xE9ana\xED \xF3 do bhanc. Seans go dt\xF3gfaidh s\xE9 seo n\xF3im\xE9ad n\xF3 dh\xF3.", , (v) => "T\xE1imid ag f\xE1il na faisn\xE9ise is d\xE9ana\xED at\xE1 ag " + v.provider + ". Seans go dt\xF3gfaidh s\xE9 seo n\xF3im\xE9ad n\xF3 dh\xF3."],
  // status.in_progress
  ["\xC1 nuashonr\xFA sa ch\xFAlra", "Is f\xE9idir leat lean\xFAint ort ag \xFAs\xE1id na haipe. Beidh do chuntais cothrom le d\xE1ta go huathoibr\xEDoch nuair a bheidh an nuashonr\xFA cr\xEDochnaithe."],
  // status.in_background_progress
  ["T\xE1 do bhanc ag fanacht ort", "Chun nuashonr\xFA do chuntas a chr\xEDochn\xFA, d\xE9an an ch\xE9im at\xE1 \xE1 hiarraidh ag do bhanc, mar shampla d\u2019aitheantas a dhearbh\xFA.", (v) => "T\xE1 " + v.provider + " ag fanacht ort", (v) => "Chun nuashonr\xFA do chuntas a chr\xEDochn\xFA, d\xE9an an ch\xE9im at\xE1 \xE1 hiarraidh ag " + v.provider + ", mar shampla d\u2019aitheantas a dhearbh\xFA."],
  // status.waiting_user
  ["Cuireadh an nuashonr\xFA ar ceal", "Stopadh an nuashonr\xFA, mar sin n\xEDor nuashonra\xEDodh do chuntais. Is f\xE9idir leat \xE9 a thos\xFA ar\xEDs am ar bith."],
  // status.cancelled
  ["N\xEDorbh fh\xE9idir do chuntais a nuashonr\xFA", "Chuaigh rud \xE9igin m\xEDcheart agus do chuntais \xE1 nuashonr\xFA. Bain triail eile as ar ball."],
  // status.error
  ["T\xE1 do bhanc faoi chothabh\xE1il", "T\xE1 seirbh\xEDs\xED ar l\xEDne do bhainc as feidhm le haghaidh cothabh\xE1la, mar sin n\xED f\xE9idir linn do chuntais a nuashonr\xFA faoi l\xE1thair. Bain triail eile as ar ball.", (v) => "T\xE1 " + v.provider + " faoi chothabh\xE1il", (v) => "T\xE1 na seirbh\xEDs\xED ar l\xEDne at\xE1 ag " + v.provider + " as feidhm le haghaidh cothabh\xE1la, mar sin n\xED f\xE9idir linn do chuntais a nuashonr\xFA faoi l\xE1thair. Bain triail eile as ar ball."],
  // status.maintenance
  ["Nuashonr\xFA sceidealaithe", "Nuashonr\xF3far do chuntais go huathoibr\xEDoch n\xEDos d\xE9ana\xED. N\xEDl aon rud le d\xE9anamh agat."],
  // status.scheduled
  ["N\xEDl do bhanc ar f\xE1il faoi l\xE1thair", "N\xED f\xE9idir linn do bhanc a shroicheadh faoi l\xE1thair, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball.", (v) => "N\xEDl " + v.provider + " ar f\xE1il faoi l\xE1thair", (v) => "N\xED f\xE9idir linn " + v.provider + " a shroicheadh faoi l\xE1thair, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball."],
  // status.unavailable
  ["T\xE1 do chuntais cothrom le d\xE1ta", "D\u2019\xE9irigh linn do chuntais a nuashonr\xFA."],
  // code.100
  ["Seice\xE1il do shonra\xED log\xE1la isteach", "N\xEDor ghlac do bhanc le do shonra\xED log\xE1la isteach. Seice\xE1il iad agus cuir isteach ar\xEDs iad chun an ceangal a athbhun\xFA.", , (v) => "N\xEDor ghlac " + v.provider + " le do shonra\xED log\xE1la isteach. Seice\xE1il iad agus cuir isteach ar\xEDs iad chun an ceangal a athbhun\xFA."],
  // code.201
  ["Sonra\xED log\xE1la isteach m\xEDchearta", "N\xEDor ghlac do bhanc le d\u2019ainm \xFAs\xE1ideora n\xE1 le do phasfhocal. Cuir isteach do shonra\xED log\xE1la isteach reatha chun an ceangal a athbhun\xFA.", , (v) => "N\xEDor ghlac " + v.provider + " le d\u2019ainm \xFAs\xE1ideora n\xE1 le do phasfhocal. Cuir isteach do shonra\xED log\xE1la isteach reatha chun an ceangal a athbhun\xFA."],
  // code.201.bad_credentials
  ["T\xE1 do bhainc\xE9ireacht ar l\xEDne bactha", "Chuir do bhanc bac ar do rochtain ar bhainc\xE9ireacht ar l\xEDne. D\xE9an teagmh\xE1il le do bhanc chun an bac a bhaint, ansin athbhunaigh an ceangal.", , (v) => "Chuir " + v.provider + " bac ar do rochtain ar bhainc\xE9ireacht ar l\xEDne. D\xE9an teagmh\xE1il leo chun an bac a bhaint, ansin athbhunaigh an ceangal."],
  // code.201.account_blocked
  ["T\xE1 do phasfhocal imithe in \xE9ag", "Iarrann do bhanc ort pasfhocal nua a shocr\xFA. Athraigh \xE9 ar shu\xEDomh gr\xE9as\xE1in do bhainc, ansin athbhunaigh an ceangal leis an bpasfhocal nua.", , (v) => "Iarrann " + v.provider + " ort pasfhocal nua a shocr\xFA. Athraigh \xE9 ar shu\xEDomh gr\xE9as\xE1in an bhainc, ansin athbhunaigh an ceangal leis an bpasfhocal nua."],
  // code.201.password_expired
  ["Do bhanc: gn\xEDomh ag teast\xE1il", "Iarrann do bhanc ort rud \xE9igin a dh\xE9anamh sular f\xE9idir do chuntais a nuashonr\xFA. Log\xE1il isteach ar shu\xEDomh gr\xE9as\xE1in do bhainc, lean na treoracha, agus ansin bain triail eile as.", (v) => v.provider + ": gn\xEDomh ag teast\xE1il", (v) => "Iarrann " + v.provider + " ort rud \xE9igin a dh\xE9anamh sular f\xE9idir do chuntais a nuashonr\xFA. Log\xE1il isteach ar shu\xEDomh gr\xE9as\xE1in an bhainc, lean na treoracha, agus ansin bain triail eile as."],
  // code.202
  ["N\xED cheada\xEDonn do chonradh \xE9 seo", "N\xEDl an tseirbh\xEDs seo san \xE1ireamh i do chonradh bainc\xE9ireachta ar l\xEDne. Iarr ar do bhanc do chonradh a uasghr\xE1d\xFA, agus ansin bain triail eile as.", , (v) => "N\xEDl an tseirbh\xEDs seo san \xE1ireamh i do chonradh bainc\xE9ireachta ar l\xEDne. F\xE9adfaidh " + v.provider + " do chonradh a uasghr\xE1d\xFA; d\xE9an teagmh\xE1il leo, agus ansin bain triail eile as."],
  // code.203
  ["Dearbhaigh d\u2019aitheantas", "Ar mhaithe le do shl\xE1nd\xE1il, iarrann do bhanc ort d\u2019aitheantas a dhearbh\xFA sular f\xE9idir do chuntais a nuashonr\xFA.", , (v) => "Ar mhaithe le do shl\xE1nd\xE1il, iarrann " + v.provider + " ort d\u2019aitheantas a dhearbh\xFA sular f\xE9idir do chuntais a nuashonr\xFA."],
  // code.205
  ["T\xE1 do theastas imithe in \xE9ag", "T\xE1 do theastas EBICS neamhbhail\xED n\xF3 imithe in \xE9ag. Athnuaigh \xE9 le do bhanc, ansin athbhunaigh an ceangal.", , (v) => "T\xE1 do theastas EBICS neamhbhail\xED n\xF3 imithe in \xE9ag. Athnuaigh \xE9 ag " + v.provider + ", ansin athbhunaigh an ceangal."],
  // code.206
  ["Fadhb ag do bhanc", "Tharla fadhb ar shu\xEDomh gr\xE9as\xE1in do bhainc, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball.", (v) => "Fadhb ag " + v.provider, (v) => v.provider + ": tharla fadhb ar shu\xEDomh gr\xE9as\xE1in an bhainc, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball."],
  // code.300
  ["N\xEDorbh fh\xE9idir na sonra\xED is d\xE9ana\xED a fh\xE1il", "N\xEDorbh fh\xE9idir linn d\u2019fhaisn\xE9is a \xEDosl\xF3d\xE1il \xF3 shu\xEDomh gr\xE9as\xE1in do bhainc. Bain triail eile as ar ball.", , (v) => v.provider + ": n\xEDorbh fh\xE9idir linn d\u2019fhaisn\xE9is a \xEDosl\xF3d\xE1il \xF3 shu\xEDomh gr\xE9as\xE1in an bhainc. Bain triail eile as ar ball."],
  // code.301
  ["T\xE1 do sheisi\xFAn bainc imithe in \xE9ag", "Th\xE1inig deireadh le do sheisi\xFAn bainc sula raibh an nuashonr\xFA cr\xEDochnaithe. Tarla\xEDonn s\xE9 seo uaireanta m\xE1 t\xE1 t\xFA log\xE1ilte isteach in \xE1it eile. Bain triail eile as i gceann c\xFApla n\xF3im\xE9ad.", , (v) => "Th\xE1inig deireadh le do sheisi\xFAn ag " + v.provider + " sula raibh an nuashonr\xFA cr\xEDochnaithe. Tarla\xEDonn s\xE9 seo uaireanta m\xE1 t\xE1 t\xFA log\xE1ilte isteach in \xE1it eile. Bain triail eile as i gceann c\xFApla n\xF3im\xE9ad."],
  // code.302
  ["N\xEDorbh fh\xE9idir linn an nuashonr\xFA a chr\xEDochn\xFA", "Thaispe\xE1in su\xEDomh gr\xE9as\xE1in do bhainc rud \xE9igin nach f\xE9idir linn a l\xE1imhse\xE1il f\xF3s, mar sin n\xEDor nuashonra\xEDodh do chuntais. D\xE9an teagmh\xE1il leis an bhfoireann taca\xEDochta ionas gur f\xE9idir linn an fhadhb a r\xE9iteach.", , (v) => v.provider + ": thaispe\xE1in su\xEDomh gr\xE9as\xE1in an bhainc rud \xE9igin nach f\xE9idir linn a l\xE1imhse\xE1il f\xF3s, mar sin n\xEDor nuashonra\xEDodh do chuntais. D\xE9an teagmh\xE1il leis an bhfoireann taca\xEDochta ionas gur f\xE9idir linn an fhadhb a r\xE9iteach."],
  // code.303
  ["T\xE1 fadhb le r\xE9iteach ag do bhanc", "T\xE1 fadhb ar thaobh do bhainc nach f\xE9idir ach leis an mbanc f\xE9in a r\xE9iteach. N\xEDl aon rud le d\xE9anamh agat; bain triail eile as ar ball.", (v) => "T\xE1 fadhb le r\xE9iteach ag " + v.provider, (v) => "T\xE1 fadhb ag " + v.provider + " nach f\xE9idir ach leis an mbanc f\xE9in a r\xE9iteach. N\xEDl aon rud le d\xE9anamh agat; bain triail eile as ar ball."],
  // code.304
  ["Fadhb le teastas do bhainc", "T\xE1 teastas sl\xE1nd\xE1la do bhainc neamhbhail\xED n\xF3 imithe in \xE9ag. Caithfidh do bhanc \xE9 a athnuachan, mar sin bain triail eile as ar ball.", , (v) => "T\xE1 teastas sl\xE1nd\xE1la ag " + v.provider + " at\xE1 neamhbhail\xED n\xF3 imithe in \xE9ag. Caithfidh " + v.provider + " \xE9 a athnuachan, mar sin bain triail eile as ar ball."],
  // code.305
  ["Chuaigh rud \xE9igin m\xEDcheart ar \xE1r dtaobh", "Chuir earr\xE1id ar \xE1r dtaobh stop le nuashonr\xFA do chuntas. Bain triail eile as ar ball."],
  // code.400
  ["N\xEDorbh fh\xE9idir d\u2019iarmh\xE9id a sheice\xE1il", "N\xEDorbh fh\xE9idir linn d\u2019iarmh\xE9id a sheice\xE1il, mar sin seans nach bhfuil do chuntais cothrom le d\xE1ta. Bain triail eile as ar ball."],
  // code.401
  ["N\xEDorbh fh\xE9idir na sonra\xED is d\xE9ana\xED a phr\xF3ise\xE1il", "N\xEDorbh fh\xE9idir linn an fhaisn\xE9is is d\xE9ana\xED \xF3 do bhanc a phr\xF3ise\xE1il. Bain triail eile as ar ball, agus d\xE9an teagmh\xE1il linn m\xE1 tharla\xEDonn s\xE9 seo ar\xEDs is ar\xEDs eile.", , (v) => "N\xEDorbh fh\xE9idir linn an fhaisn\xE9is is d\xE9ana\xED a sheol " + v.provider + " chugainn a phr\xF3ise\xE1il. Bain triail eile as ar ball, agus d\xE9an teagmh\xE1il linn m\xE1 tharla\xEDonn s\xE9 seo ar\xEDs is ar\xEDs eile."],
  // code.402
  ["T\xE1 do chuntais cothrom le d\xE1ta", "D\u2019\xE9irigh linn do chuntais a nuashonr\xFA."],
  // category.1xx
  ["Do bhanc: gn\xEDomh ag teast\xE1il", "Iarrann do bhanc ort rud \xE9igin a dh\xE9anamh sular f\xE9idir do chuntais a nuashonr\xFA. Log\xE1il isteach ar shu\xEDomh gr\xE9as\xE1in do bhainc chun tuilleadh eolais a fh\xE1il, agus ansin bain triail eile as.", (v) => v.provider + ": gn\xEDomh ag teast\xE1il", (v) => "Iarrann " + v.provider + " ort rud \xE9igin a dh\xE9anamh sular f\xE9idir do chuntais a nuashonr\xFA. Log\xE1il isteach ar shu\xEDomh gr\xE9as\xE1in an bhainc chun tuilleadh eolais a fh\xE1il, agus ansin bain triail eile as."],
  // category.2xx
  ["Fadhb ag do bhanc", "T\xE1 fadhb le su\xEDomh gr\xE9as\xE1in do bhainc, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball.", (v) => "Fadhb ag " + v.provider, (v) => v.provider + ": t\xE1 fadhb le su\xEDomh gr\xE9as\xE1in an bhainc, mar sin n\xEDor nuashonra\xEDodh do chuntais. Bain triail eile as ar ball."],
  // category.3xx
  ["Chuaigh rud \xE9igin m\xEDcheart ar \xE1r dtaobh", "Chuir earr\xE1id ar \xE1r dtaobh stop le nuashonr\xFA do chuntas. Bain triail eile as ar ball."],
  // category.4xx
  ["Chuaigh rud \xE9igin m\xEDcheart", "N\xEDorbh fh\xE9idir linn do chuntais a nuashonr\xFA. Bain triail eile as ar ball, agus d\xE9an teagmh\xE1il linn m\xE1 tharla\xEDonn s\xE9 seo ar\xEDs is ar\xEDs eile."],
  // unknown
  ["Athnuaigh"],
  // action.wait
  ["Bain triail eile as"],
  // action.retry_later
  ["Cuir sonra\xED isteach ar\xEDs"],
  // action.update_credentials
  ["Nuashonraigh pasfhocal"],
  // action.change_password
  ["Conas an bac a bhaint"],
  // action.unblock_account
  ["T\xE9igh chuig do bhanc"],
  // action.act_on_provider_website
  ["Seice\xE1il do chonradh"],
  // action.upgrade_contract
  ["Dearbhaigh d\u2019aitheantas"],
  // action.authenticate
  ["Athnuaigh an teastas"],
  // action.renew_certificate
  ["D\xE9an teagmh\xE1il linn"],
  // action.contact_support
  ["Athcheangail"]
  // action.reconnect
] };

// generated/locales/hr.ts
var hr = { locale: "hr", rows: [
  ["Ra\u010Duni su a\u017Eurirani", "Preuzeli smo najnovije podatke iz va\u0161e banke i a\u017Eurirali va\u0161e ra\u010Dune.", , (v) => "Preuzeli smo najnovije podatke iz banke " + v.provider + " i a\u017Eurirali va\u0161e ra\u010Dune."],
  // status.finished
  ["A\u017Euriranje uskoro po\u010Dinje", "Ra\u010Duni \u0107e se a\u017Eurirati za trenutak. Ne morate ni\u0161ta poduzimati."],
  // status.pending
  ["A\u017Euriramo va\u0161e ra\u010Dune", "Preuzimamo najnovije podatke iz va\u0161e banke. To mo\u017Ee potrajati nekoliko trenutaka.", , (v) => "Preuzimamo najnovije podatke iz banke " + v.provider + ". To mo\u017Ee potrajati nekoliko trenutaka."],
  // status.in_progress
  ["A\u017Euriranje u pozadini", "Aplikaciju mo\u017Eete i dalje koristiti. Ra\u010Duni \u0107e se automatski a\u017Eurirati kad postupak zavr\u0161i."],
  // status.in_background_progress
  ["Va\u0161a banka \u010Deka va\u0161u potvrdu", "Za dovr\u0161etak a\u017Euriranja ra\u010Duna u\u010Dinite ono \u0161to va\u0161a banka tra\u017Ei, primjerice potvrdite svoj identitet.", (v) => v.provider + " \u010Deka va\u0161u potvrdu", (v) => "Za dovr\u0161etak a\u017Euriranja ra\u010Duna u\u010Dinite ono \u0161to tra\u017Ei " + v.provider + ", primjerice potvrdite svoj identitet."],
  // status.waiting_user
  ["A\u017Euriranje je otkazano", "A\u017Euriranje je zaustavljeno pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Mo\u017Eete ga ponovno pokrenuti u bilo kojem trenutku."],
  // status.cancelled
  ["A\u017Euriranje ra\u010Duna nije uspjelo", "Do\u0161lo je do pogre\u0161ke pri a\u017Euriranju ra\u010Duna. Poku\u0161ajte ponovno kasnije."],
  // status.error
  ["Odr\u017Eavanje sustava va\u0161e banke", "Internetske usluge va\u0161e banke privremeno su nedostupne zbog odr\u017Eavanja pa trenuta\u010Dno ne mo\u017Eemo a\u017Eurirati va\u0161e ra\u010Dune. Poku\u0161ajte ponovno kasnije.", (v) => "Odr\u017Eavanje sustava banke " + v.provider, (v) => "Internetske usluge banke " + v.provider + " privremeno su nedostupne zbog odr\u017Eavanja pa trenuta\u010Dno ne mo\u017Eemo a\u017Eurirati va\u0161e ra\u010Dune. Poku\u0161ajte ponovno kasnije."],
  // status.maintenance
  ["A\u017Euriranje je zakazano", "Va\u0161i \u0107e se ra\u010Duni automatski a\u017Eurirati kasnije. Ne morate ni\u0161ta poduzimati."],
  // status.scheduled
  ["Va\u0161a banka nije dostupna", "Trenuta\u010Dno ne mo\u017Eemo uspostaviti vezu s va\u0161om bankom pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije.", (v) => "Banka " + v.provider + " nije dostupna", (v) => "Trenuta\u010Dno ne mo\u017Eemo uspostaviti vezu s bankom " + v.provider + " pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije."],
  // status.unavailable
  ["Ra\u010Duni su a\u017Eurirani", "Va\u0161i su ra\u010Duni uspje\u0161no a\u017Eurirani."],
  // code.100
  ["Provjerite podatke za prijavu", "Va\u0161a banka nije prihvatila unesene podatke za prijavu. Provjerite ih i unesite ponovno kako biste obnovili vezu s bankom.", , (v) => "Banka " + v.provider + " nije prihvatila unesene podatke za prijavu. Provjerite ih i unesite ponovno kako biste obnovili vezu s bankom."],
  // code.201
  ["Neto\u010Dni podaci za prijavu", "Va\u0161a banka nije prihvatila va\u0161e korisni\u010Dko ime ili lozinku. Unesite va\u017Ee\u0107e podatke za prijavu kako biste obnovili vezu s bankom.", , (v) => "Banka " + v.provider + " nije prihvatila va\u0161e korisni\u010Dko ime ili lozinku. Unesite va\u017Ee\u0107e podatke za prijavu kako biste obnovili vezu s bankom."],
  // code.201.bad_credentials
  ["Pristup internetskom bankarstvu je blokiran", "Va\u0161a je banka blokirala pristup va\u0161em internetskom bankarstvu. Obratite se banci radi deblokade, a zatim ponovno pove\u017Eite banku.", , (v) => "Banka " + v.provider + " blokirala je pristup va\u0161em internetskom bankarstvu. Obratite se banci radi deblokade, a zatim ponovno pove\u017Eite banku."],
  // code.201.account_blocked
  ["Va\u0161a je lozinka istekla", "Va\u0161a banka tra\u017Ei da postavite novu lozinku. Promijenite je na internetskoj stranici svoje banke, a zatim unesite novu lozinku kako biste ponovno povezali banku.", , (v) => "Banka " + v.provider + " tra\u017Ei da postavite novu lozinku. Promijenite je na internetskoj stranici banke, a zatim unesite novu lozinku kako biste ponovno povezali banku."],
  // code.201.password_expired
  ["Va\u0161a banka tra\u017Ei da ne\u0161to u\u010Dinite", "Prije nego \u0161to a\u017Euriramo va\u0161e ra\u010Dune, va\u0161a banka tra\u017Ei da ne\u0161to u\u010Dinite. Prijavite se na internetsku stranicu svoje banke, slijedite upute, a zatim poku\u0161ajte ponovno.", (v) => v.provider + " tra\u017Ei da ne\u0161to u\u010Dinite", (v) => "Prije nego \u0161to a\u017Euriramo va\u0161e ra\u010Dune, " + v.provider + " tra\u017Ei da ne\u0161to u\u010Dinite. Prijavite se na internetsku stranicu banke " + v.provider + ", slijedite upute, a zatim poku\u0161ajte ponovno."],
  // code.202
  ["Va\u0161 ugovor to ne omogu\u0107uje", "Va\u0161 ugovor o internetskom bankarstvu ne uklju\u010Duje ovu uslugu. Zatra\u017Eite od svoje banke da ga pro\u0161iri, a zatim poku\u0161ajte ponovno.", , (v) => "Va\u0161 ugovor o internetskom bankarstvu ne uklju\u010Duje ovu uslugu. Zatra\u017Eite od banke " + v.provider + " da ga pro\u0161iri, a zatim poku\u0161ajte ponovno."],
  // code.203
  ["Potvrdite svoj identitet", "Radi va\u0161e sigurnosti va\u0161a banka tra\u017Ei da potvrdite svoj identitet prije a\u017Euriranja ra\u010Duna.", , (v) => "Radi va\u0161e sigurnosti banka " + v.provider + " tra\u017Ei da potvrdite svoj identitet prije a\u017Euriranja ra\u010Duna."],
  // code.205
  ["Va\u0161 je certifikat istekao", "Va\u0161 certifikat EBICS nije valjan ili je istekao. Obnovite ga u svojoj banci, a zatim ponovno pove\u017Eite banku.", , (v) => "Va\u0161 certifikat EBICS nije valjan ili je istekao. Obnovite ga u banci " + v.provider + ", a zatim ponovno pove\u017Eite banku."],
  // code.206
  ["Problem u va\u0161oj banci", "Na internetskoj stranici va\u0161e banke do\u0161lo je do pogre\u0161ke pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije.", (v) => "Problem u banci " + v.provider, (v) => "Na internetskoj stranici banke " + v.provider + " do\u0161lo je do pogre\u0161ke pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije."],
  // code.300
  ["Preuzimanje podataka nije uspjelo", "Nismo uspjeli preuzeti podatke s internetske stranice va\u0161e banke. Poku\u0161ajte ponovno kasnije.", , (v) => "Nismo uspjeli preuzeti podatke s internetske stranice banke " + v.provider + ". Poku\u0161ajte ponovno kasnije."],
  // code.301
  ["Sesija s bankom je istekla", "Sesija s va\u0161om bankom zavr\u0161ila je prije nego \u0161to je a\u017Euriranje dovr\u0161eno. To se mo\u017Ee dogoditi ako ste prijavljeni i negdje drugdje. Poku\u0161ajte ponovno za nekoliko minuta.", , (v) => "Sesija s bankom " + v.provider + " zavr\u0161ila je prije nego \u0161to je a\u017Euriranje dovr\u0161eno. To se mo\u017Ee dogoditi ako ste prijavljeni i negdje drugdje. Poku\u0161ajte ponovno za nekoliko minuta."],
  // code.302
  ["Nismo uspjeli dovr\u0161iti a\u017Euriranje", "Internetska stranica va\u0161e banke prikazala je ne\u0161to \u0161to jo\u0161 ne podr\u017Eavamo pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Obratite se na\u0161oj korisni\u010Dkoj podr\u0161ci kako bismo to rije\u0161ili.", , (v) => "Internetska stranica banke " + v.provider + " prikazala je ne\u0161to \u0161to jo\u0161 ne podr\u017Eavamo pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Obratite se na\u0161oj korisni\u010Dkoj podr\u0161ci kako bismo to rije\u0161ili."],
  // code.303
  ["Va\u0161a banka mora otkloniti problem", "Problem je na strani va\u0161e banke i samo ga ona mo\u017Ee otkloniti. Ne morate ni\u0161ta poduzimati, samo poku\u0161ajte ponovno kasnije.", (v) => v.provider + " mora otkloniti problem", (v) => "Problem je na strani banke " + v.provider + " i samo ga ona mo\u017Ee otkloniti. Ne morate ni\u0161ta poduzimati, samo poku\u0161ajte ponovno kasnije."],
  // code.304
  ["Problem s certifikatom va\u0161e banke", "Sigurnosni certifikat va\u0161e banke nije valjan ili je istekao. Banka ga mora obnoviti, stoga poku\u0161ajte ponovno kasnije.", , (v) => "Sigurnosni certifikat banke " + v.provider + " nije valjan ili je istekao. Banka ga mora obnoviti, stoga poku\u0161ajte ponovno kasnije."],
  // code.305
  ["Pogre\u0161ka na na\u0161oj strani", "Zbog pogre\u0161ke na na\u0161oj strani va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije."],
  // code.400
  ["Provjera stanja nije uspjela", "Nismo uspjeli provjeriti stanje ra\u010Duna pa podaci o va\u0161im ra\u010Dunima mo\u017Eda nisu a\u017Eurni. Poku\u0161ajte ponovno kasnije."],
  // code.401
  ["Obrada podataka nije uspjela", "Nismo uspjeli obraditi najnovije podatke iz va\u0161e banke. Poku\u0161ajte ponovno kasnije, a ako se problem ponavlja, obratite se na\u0161oj korisni\u010Dkoj podr\u0161ci.", , (v) => "Nismo uspjeli obraditi najnovije podatke iz banke " + v.provider + ". Poku\u0161ajte ponovno kasnije, a ako se problem ponavlja, obratite se na\u0161oj korisni\u010Dkoj podr\u0161ci."],
  // code.402
  ["Ra\u010Duni su a\u017Eurirani", "Va\u0161i su ra\u010Duni uspje\u0161no a\u017Eurirani."],
  // category.1xx
  ["Va\u0161a banka tra\u017Ei da ne\u0161to u\u010Dinite", "Prije nego \u0161to a\u017Euriramo va\u0161e ra\u010Dune, va\u0161a banka tra\u017Ei da ne\u0161to u\u010Dinite. Za pojedinosti se prijavite na internetsku stranicu svoje banke, a zatim poku\u0161ajte ponovno.", (v) => v.provider + " tra\u017Ei da ne\u0161to u\u010Dinite", (v) => "Prije nego \u0161to a\u017Euriramo va\u0161e ra\u010Dune, " + v.provider + " tra\u017Ei da ne\u0161to u\u010Dinite. Za pojedinosti se prijavite na internetsku stranicu banke " + v.provider + ", a zatim poku\u0161ajte ponovno."],
  // category.2xx
  ["Problem u va\u0161oj banci", "Do\u0161lo je do problema s internetskom stranicom va\u0161e banke pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije.", (v) => "Problem u banci " + v.provider, (v) => "Do\u0161lo je do problema s internetskom stranicom banke " + v.provider + " pa va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije."],
  // category.3xx
  ["Pogre\u0161ka na na\u0161oj strani", "Zbog pogre\u0161ke na na\u0161oj strani va\u0161i ra\u010Duni nisu a\u017Eurirani. Poku\u0161ajte ponovno kasnije."],
  // category.4xx
  ["Do\u0161lo je do pogre\u0161ke", "Nismo uspjeli a\u017Eurirati va\u0161e ra\u010Dune. Poku\u0161ajte ponovno kasnije, a ako se problem ponavlja, obratite se na\u0161oj korisni\u010Dkoj podr\u0161ci."],
  // unknown
  ["Osvje\u017Ei"],
  // action.wait
  ["Poku\u0161aj ponovno"],
  // action.retry_later
  ["Unesi podatke za prijavu"],
  // action.update_credentials
  ["A\u017Euriraj lozinku"],
  // action.change_password
  ["Kako deblokirati pristup"],
  // action.unblock_account
  ["Otvori stranicu banke"],
  // action.act_on_provider_website
  ["Provjeri ugovor"],
  // action.upgrade_contract
  ["Potvrdi identitet"],
  // action.authenticate
  ["Obnovi certifikat"],
  // action.renew_certificate
  ["Obrati se podr\u0161ci"],
  // action.contact_support
  ["Ponovno pove\u017Ei banku"]
  // action.reconnect
] };

// generated/locales/hu.ts
var hu = { locale: "hu", rows: [
  ["A sz\xE1ml\xE1id naprak\xE9szek", "Friss\xEDtett\xFCk a sz\xE1ml\xE1idat a bankodt\xF3l kapott leg\xFAjabb adatokkal.", , (v) => "Friss\xEDtett\xFCk a sz\xE1ml\xE1idat a bankodt\xF3l (" + v.provider + ") kapott leg\xFAjabb adatokkal."],
  // status.finished
  ["Hamarosan indul a friss\xEDt\xE9s", "A sz\xE1ml\xE1id p\xE1r pillanat m\xFAlva friss\xFClnek. Nincs teend\u0151d."],
  // status.pending
  ["Friss\xEDtj\xFCk a sz\xE1ml\xE1idat", "\xC9ppen lek\xE9rj\xFCk a leg\xFAjabb adatokat a bankodt\xF3l. Ez eltarthat n\xE9h\xE1ny pillanatig.", , (v) => "\xC9ppen lek\xE9rj\xFCk a leg\xFAjabb adatokat a bankodt\xF3l (" + v.provider + "). Ez eltarthat n\xE9h\xE1ny pillanatig."],
  // status.in_progress
  ["Friss\xEDt\xE9s a h\xE1tt\xE9rben", "Nyugodtan haszn\xE1ld tov\xE1bb az alkalmaz\xE1st. A sz\xE1ml\xE1id automatikusan friss\xFClnek, amint a folyamat befejez\u0151dik."],
  // status.in_background_progress
  ["A bankod a l\xE9p\xE9sedre v\xE1r", "A friss\xEDt\xE9s befejez\xE9s\xE9hez v\xE9gezd el a bankod \xE1ltal k\xE9rt l\xE9p\xE9st, p\xE9ld\xE1ul az azonos\xEDt\xE1st.", (v) => "A bankod (" + v.provider + ") a l\xE9p\xE9sedre v\xE1r", (v) => "A friss\xEDt\xE9s befejez\xE9s\xE9hez v\xE9gezd el a bankod (" + v.provider + ") \xE1ltal k\xE9rt l\xE9p\xE9st, p\xE9ld\xE1ul az azonos\xEDt\xE1st."],
  // status.waiting_user
  ["A friss\xEDt\xE9s megszakadt", "A friss\xEDt\xE9s le\xE1llt, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. B\xE1rmikor \xFAjraind\xEDthatod."],
  // status.cancelled
  ["Nem siker\xFClt friss\xEDteni a sz\xE1ml\xE1idat", "Valami hiba t\xF6rt\xE9nt a sz\xE1ml\xE1id friss\xEDt\xE9se k\xF6zben. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // status.error
  ["Karbantart\xE1s a bankodn\xE1l", "A bankod online szolg\xE1ltat\xE1sai karbantart\xE1s miatt nem \xE9rhet\u0151k el, ez\xE9rt most nem tudjuk friss\xEDteni a sz\xE1ml\xE1idat. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", (v) => "Karbantart\xE1s a bankodn\xE1l (" + v.provider + ")", (v) => "A bankod (" + v.provider + ") online szolg\xE1ltat\xE1sai karbantart\xE1s miatt nem \xE9rhet\u0151k el, ez\xE9rt most nem tudjuk friss\xEDteni a sz\xE1ml\xE1idat. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // status.maintenance
  ["Friss\xEDt\xE9s \xFCtemezve", "A sz\xE1ml\xE1id k\xE9s\u0151bb automatikusan friss\xFClnek. Nincs teend\u0151d."],
  // status.scheduled
  ["A bankod nem \xE9rhet\u0151 el", "Most nem \xE9rj\xFCk el a bankodat, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", (v) => "A bankod (" + v.provider + ") nem \xE9rhet\u0151 el", (v) => "Most nem \xE9rj\xFCk el a bankodat (" + v.provider + "), ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // status.unavailable
  ["A sz\xE1ml\xE1id naprak\xE9szek", "Sikeresen friss\xEDtett\xFCk a sz\xE1ml\xE1idat."],
  // code.100
  ["Ellen\u0151rizd a bel\xE9p\xE9si adataidat", "A bankod nem fogadta el a bel\xE9p\xE9si adataidat. Ellen\u0151rizd \u0151ket, majd add meg \xFAjra a kapcsolat helyre\xE1ll\xEDt\xE1s\xE1hoz.", , (v) => "A bankod (" + v.provider + ") nem fogadta el a bel\xE9p\xE9si adataidat. Ellen\u0151rizd \u0151ket, majd add meg \xFAjra a kapcsolat helyre\xE1ll\xEDt\xE1s\xE1hoz."],
  // code.201
  ["Hib\xE1s bel\xE9p\xE9si adatok", "A bankod nem fogadta el a felhaszn\xE1l\xF3nevedet vagy a jelszavadat. Az \xFAjracsatlakoz\xE1shoz add meg az aktu\xE1lis bel\xE9p\xE9si adataidat.", , (v) => "A bankod (" + v.provider + ") nem fogadta el a felhaszn\xE1l\xF3nevedet vagy a jelszavadat. Az \xFAjracsatlakoz\xE1shoz add meg az aktu\xE1lis bel\xE9p\xE9si adataidat."],
  // code.201.bad_credentials
  ["Az internetbankod z\xE1rolva van", "A bankod z\xE1rolta az internetbankos hozz\xE1f\xE9r\xE9sedet. A felold\xE1s\xE9rt fordulj a bankodhoz, majd csatlakozz \xFAjra.", , (v) => "A bankod (" + v.provider + ") z\xE1rolta az internetbankos hozz\xE1f\xE9r\xE9sedet. A felold\xE1s\xE9rt fordulj a bankhoz, majd csatlakozz \xFAjra."],
  // code.201.account_blocked
  ["Lej\xE1rt a jelszavad", "A bankod \xFAj jelsz\xF3 be\xE1ll\xEDt\xE1s\xE1t k\xE9ri. V\xE1ltoztasd meg a jelszavadat a bankod weboldal\xE1n, majd csatlakozz \xFAjra az \xFAj jelsz\xF3val.", , (v) => "A bankod (" + v.provider + ") \xFAj jelsz\xF3 be\xE1ll\xEDt\xE1s\xE1t k\xE9ri. V\xE1ltoztasd meg a jelszavadat a bank weboldal\xE1n, majd csatlakozz \xFAjra az \xFAj jelsz\xF3val."],
  // code.201.password_expired
  ["Teend\u0151d van a bankodn\xE1l", "A sz\xE1ml\xE1id friss\xEDt\xE9se el\u0151tt teend\u0151d van a bankodn\xE1l. Jelentkezz be az internetbankodba, k\xF6vesd az utas\xEDt\xE1sokat, majd pr\xF3b\xE1ld \xFAjra.", (v) => "Teend\u0151d van a bankodn\xE1l (" + v.provider + ")", (v) => "A sz\xE1ml\xE1id friss\xEDt\xE9se el\u0151tt teend\u0151d van a bankodn\xE1l (" + v.provider + "). Jelentkezz be az internetbankodba, k\xF6vesd az utas\xEDt\xE1sokat, majd pr\xF3b\xE1ld \xFAjra."],
  // code.202
  ["A szerz\u0151d\xE9sed ezt nem teszi lehet\u0151v\xE9", "Az internetbanki szerz\u0151d\xE9sed nem tartalmazza ezt a szolg\xE1ltat\xE1st. K\xE9rd a szerz\u0151d\xE9sed b\u0151v\xEDt\xE9s\xE9t a bankodn\xE1l, majd pr\xF3b\xE1ld \xFAjra.", , (v) => "Az internetbanki szerz\u0151d\xE9sed nem tartalmazza ezt a szolg\xE1ltat\xE1st. K\xE9rd a szerz\u0151d\xE9sed b\u0151v\xEDt\xE9s\xE9t a bankodn\xE1l (" + v.provider + "), majd pr\xF3b\xE1ld \xFAjra."],
  // code.203
  ["Azonos\xEDtsd magad", "A biztons\xE1god \xE9rdek\xE9ben a bankod azonos\xEDt\xE1st k\xE9r, miel\u0151tt friss\xEDthetn\xE9nk a sz\xE1ml\xE1idat.", , (v) => "A biztons\xE1god \xE9rdek\xE9ben a bankod (" + v.provider + ") azonos\xEDt\xE1st k\xE9r, miel\u0151tt friss\xEDthetn\xE9nk a sz\xE1ml\xE1idat."],
  // code.205
  ["Lej\xE1rt a tan\xFAs\xEDtv\xE1nyod", "Az EBICS-tan\xFAs\xEDtv\xE1nyod \xE9rv\xE9nytelen vagy lej\xE1rt. \xDAj\xEDtsd meg a bankodn\xE1l, majd csatlakozz \xFAjra.", , (v) => "Az EBICS-tan\xFAs\xEDtv\xE1nyod \xE9rv\xE9nytelen vagy lej\xE1rt. \xDAj\xEDtsd meg a bankodn\xE1l (" + v.provider + "), majd csatlakozz \xFAjra."],
  // code.206
  ["Hiba a bankodn\xE1l", "Hiba t\xF6rt\xE9nt a bankod weboldal\xE1n, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", (v) => "Hiba a bankodn\xE1l (" + v.provider + ")", (v) => "Hiba t\xF6rt\xE9nt a bankod (" + v.provider + ") weboldal\xE1n, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.300
  ["Nem siker\xFClt lek\xE9rni a friss adatokat", "Nem tudtuk let\xF6lteni az adataidat a bankod weboldal\xE1r\xF3l. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", , (v) => "Nem tudtuk let\xF6lteni az adataidat a bankod (" + v.provider + ") weboldal\xE1r\xF3l. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.301
  ["Lej\xE1rt a banki munkamenet", "A banki munkameneted lej\xE1rt, miel\u0151tt a friss\xEDt\xE9s befejez\u0151d\xF6tt. Ez akkor fordulhat el\u0151, ha k\xF6zben m\xE1shol is be vagy jelentkezve. Pr\xF3b\xE1ld \xFAjra n\xE9h\xE1ny perc m\xFAlva.", , (v) => "A munkameneted a bankodn\xE1l (" + v.provider + ") lej\xE1rt, miel\u0151tt a friss\xEDt\xE9s befejez\u0151d\xF6tt. Ez akkor fordulhat el\u0151, ha k\xF6zben m\xE1shol is be vagy jelentkezve. Pr\xF3b\xE1ld \xFAjra n\xE9h\xE1ny perc m\xFAlva."],
  // code.302
  ["Nem tudtuk befejezni a friss\xEDt\xE9st", "A bankod weboldal\xE1n olyasmi jelent meg, amit m\xE9g nem tudunk kezelni, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Fordulj az \xFCgyf\xE9lszolg\xE1latunkhoz, hogy kijav\xEDthassuk.", , (v) => "A bankod (" + v.provider + ") weboldal\xE1n olyasmi jelent meg, amit m\xE9g nem tudunk kezelni, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Fordulj az \xFCgyf\xE9lszolg\xE1latunkhoz, hogy kijav\xEDthassuk."],
  // code.303
  ["A bankodnak jav\xEDtania kell egy hib\xE1t", "Olyan hiba l\xE9pett fel a bankodn\xE1l, amelyet csak a bank tud kijav\xEDtani. Neked nincs teend\u0151d \u2013 pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", (v) => "A bankodnak (" + v.provider + ") jav\xEDtania kell egy hib\xE1t", (v) => "Olyan hiba l\xE9pett fel a bankodn\xE1l (" + v.provider + "), amelyet csak a bank tud kijav\xEDtani. Neked nincs teend\u0151d \u2013 pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.304
  ["Probl\xE9ma a bankod tan\xFAs\xEDtv\xE1ny\xE1val", "A bankod biztons\xE1gi tan\xFAs\xEDtv\xE1nya \xE9rv\xE9nytelen vagy lej\xE1rt. A banknak meg kell \xFAj\xEDtania, ez\xE9rt pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", , (v) => "A bankod (" + v.provider + ") biztons\xE1gi tan\xFAs\xEDtv\xE1nya \xE9rv\xE9nytelen vagy lej\xE1rt. A banknak meg kell \xFAj\xEDtania, ez\xE9rt pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.305
  ["Hiba t\xF6rt\xE9nt n\xE1lunk", "A rendszer\xFCnkben t\xF6rt\xE9nt hiba miatt nem friss\xFCltek a sz\xE1ml\xE1id. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.400
  ["Nem siker\xFClt ellen\u0151rizni az egyenleget", "Nem tudtuk ellen\u0151rizni a sz\xE1mlaegyenleget, ez\xE9rt lehet, hogy a sz\xE1ml\xE1id nem naprak\xE9szek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // code.401
  ["Nem siker\xFClt feldolgozni a friss adatokat", "Nem tudtuk feldolgozni a bankodt\xF3l kapott leg\xFAjabb adatokat. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb, \xE9s ha a hiba tov\xE1bbra is fenn\xE1ll, fordulj az \xFCgyf\xE9lszolg\xE1latunkhoz.", , (v) => "Nem tudtuk feldolgozni a bankodt\xF3l (" + v.provider + ") kapott leg\xFAjabb adatokat. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb, \xE9s ha a hiba tov\xE1bbra is fenn\xE1ll, fordulj az \xFCgyf\xE9lszolg\xE1latunkhoz."],
  // code.402
  ["A sz\xE1ml\xE1id naprak\xE9szek", "Sikeresen friss\xEDtett\xFCk a sz\xE1ml\xE1idat."],
  // category.1xx
  ["Teend\u0151d van a bankodn\xE1l", "A sz\xE1ml\xE1id friss\xEDt\xE9se el\u0151tt teend\u0151d van a bankodn\xE1l. A r\xE9szletek\xE9rt jelentkezz be az internetbankodba, majd pr\xF3b\xE1ld \xFAjra.", (v) => "Teend\u0151d van a bankodn\xE1l (" + v.provider + ")", (v) => "A sz\xE1ml\xE1id friss\xEDt\xE9se el\u0151tt teend\u0151d van a bankodn\xE1l (" + v.provider + "). A r\xE9szletek\xE9rt jelentkezz be az internetbankodba, majd pr\xF3b\xE1ld \xFAjra."],
  // category.2xx
  ["Hiba a bankodn\xE1l", "Probl\xE9ma van a bankod weboldal\xE1val, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb.", (v) => "Hiba a bankodn\xE1l (" + v.provider + ")", (v) => "Probl\xE9ma van a bankod (" + v.provider + ") weboldal\xE1val, ez\xE9rt a sz\xE1ml\xE1id nem friss\xFCltek. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // category.3xx
  ["Hiba t\xF6rt\xE9nt n\xE1lunk", "A rendszer\xFCnkben t\xF6rt\xE9nt hiba miatt nem friss\xFCltek a sz\xE1ml\xE1id. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb."],
  // category.4xx
  ["Valami hiba t\xF6rt\xE9nt", "Nem tudtuk friss\xEDteni a sz\xE1ml\xE1idat. Pr\xF3b\xE1ld \xFAjra k\xE9s\u0151bb, \xE9s ha a hiba tov\xE1bbra is fenn\xE1ll, fordulj az \xFCgyf\xE9lszolg\xE1latunkhoz."],
  // unknown
  ["\xC1llapot friss\xEDt\xE9se"],
  // action.wait
  ["Pr\xF3b\xE1ld \xFAjra"],
  // action.retry_later
  ["Bel\xE9p\xE9si adatok megad\xE1sa"],
  // action.update_credentials
  ["Jelsz\xF3 m\xF3dos\xEDt\xE1sa"],
  // action.change_password
  ["A felold\xE1s l\xE9p\xE9sei"],
  // action.unblock_account
  ["Tov\xE1bb a bankodhoz"],
  // action.act_on_provider_website
  ["Szerz\u0151d\xE9s ellen\u0151rz\xE9se"],
  // action.upgrade_contract
  ["Azonos\xEDt\xE1s ind\xEDt\xE1sa"],
  // action.authenticate
  ["Tan\xFAs\xEDtv\xE1ny meg\xFAj\xEDt\xE1sa"],
  // action.renew_certificate
  ["\xDCgyf\xE9lszolg\xE1lat"],
  // action.contact_support
  ["\xDAjracsatlakoz\xE1s"]
  // action.reconnect
] };

// generated/locales/it.ts
var it = { locale: "it", rows: [
  ["I tuoi conti sono aggiornati", "Abbiamo aggiornato i tuoi conti con i dati pi\xF9 recenti della tua banca.", , (v) => "Abbiamo aggiornato i tuoi conti con i dati pi\xF9 recenti di " + v.provider + "."],
  // status.finished
  ["L\u2019aggiornamento sta per iniziare", "I tuoi conti verranno aggiornati tra pochi istanti. Non devi fare nulla."],
  // status.pending
  ["Aggiornamento dei conti in corso", "Stiamo recuperando i dati pi\xF9 recenti dalla tua banca. Potrebbe volerci qualche istante.", , (v) => "Stiamo recuperando i dati pi\xF9 recenti da " + v.provider + ". Potrebbe volerci qualche istante."],
  // status.in_progress
  ["Aggiornamento in background", "Puoi continuare a usare l\u2019app. Al termine, i tuoi conti si aggiorneranno automaticamente."],
  // status.in_background_progress
  ["La tua banca attende una tua conferma", "Per terminare l\u2019aggiornamento dei conti, completa il passaggio richiesto dalla tua banca, ad esempio la verifica della tua identit\xE0.", (v) => v.provider + " attende una tua conferma", (v) => "Per terminare l\u2019aggiornamento dei conti, completa il passaggio richiesto da " + v.provider + ", ad esempio la verifica della tua identit\xE0."],
  // status.waiting_user
  ["Aggiornamento annullato", "L\u2019aggiornamento \xE8 stato interrotto prima della fine, quindi i tuoi conti non sono stati aggiornati. Puoi avviarlo di nuovo quando vuoi."],
  // status.cancelled
  ["Impossibile aggiornare i tuoi conti", "Si \xE8 verificato un problema durante l\u2019aggiornamento dei tuoi conti. Riprova pi\xF9 tardi."],
  // status.error
  ["La tua banca \xE8 in manutenzione", "I servizi online della tua banca sono in manutenzione, quindi al momento non possiamo aggiornare i tuoi conti. Riprova pi\xF9 tardi.", (v) => v.provider + " \xE8 in manutenzione", (v) => "I servizi online di " + v.provider + " sono in manutenzione, quindi al momento non possiamo aggiornare i tuoi conti. Riprova pi\xF9 tardi."],
  // status.maintenance
  ["Aggiornamento programmato", "I tuoi conti verranno aggiornati automaticamente pi\xF9 tardi. Non devi fare nulla."],
  // status.scheduled
  ["La tua banca non \xE8 raggiungibile", "Al momento non riusciamo a raggiungere la tua banca, quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi.", (v) => v.provider + " non \xE8 raggiungibile", (v) => "Al momento non riusciamo a raggiungere " + v.provider + ", quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi."],
  // status.unavailable
  ["I tuoi conti sono aggiornati", "I tuoi conti sono stati aggiornati correttamente."],
  // code.100
  ["Controlla le tue credenziali", "La tua banca non ha accettato le tue credenziali di accesso. Controllale e inseriscile di nuovo per ripristinare il collegamento.", , (v) => v.provider + " non ha accettato le tue credenziali di accesso. Controllale e inseriscile di nuovo per ripristinare il collegamento."],
  // code.201
  ["Credenziali errate", "La tua banca non ha accettato il codice utente o la password. Inserisci le tue credenziali attuali per ripristinare il collegamento.", , (v) => v.provider + " non ha accettato il codice utente o la password. Inserisci le tue credenziali attuali per ripristinare il collegamento."],
  // code.201.bad_credentials
  ["Accesso all\u2019home banking bloccato", "La tua banca ha bloccato il tuo accesso all\u2019home banking. Contattala per chiedere lo sblocco, poi ripristina il collegamento.", , (v) => v.provider + " ha bloccato il tuo accesso all\u2019home banking. Contatta la banca per chiedere lo sblocco, poi ripristina il collegamento."],
  // code.201.account_blocked
  ["La tua password \xE8 scaduta", "La tua banca ti chiede di impostare una nuova password. Modificala sul sito della tua banca, poi ripristina il collegamento usando quella nuova.", , (v) => v.provider + " ti chiede di impostare una nuova password. Modificala sul sito di " + v.provider + ", poi ripristina il collegamento usando quella nuova."],
  // code.201.password_expired
  ["La tua banca richiede un tuo intervento", "La tua banca ti chiede di completare un\u2019operazione prima che possiamo aggiornare i tuoi conti. Accedi al sito della tua banca, segui le istruzioni e poi riprova.", (v) => v.provider + " richiede un tuo intervento", (v) => v.provider + " ti chiede di completare un\u2019operazione prima che possiamo aggiornare i tuoi conti. Accedi al sito di " + v.provider + ", segui le istruzioni e poi riprova."],
  // code.202
  ["Il tuo contratto non lo consente", "Il tuo contratto di home banking non include questo servizio. Chiedi alla tua banca di estenderlo, poi riprova.", , (v) => "Il tuo contratto di home banking non include questo servizio. Contatta " + v.provider + " per estenderlo, poi riprova."],
  // code.203
  ["Conferma la tua identit\xE0", "Per la tua sicurezza, la tua banca ti chiede di confermare la tua identit\xE0 prima che possiamo aggiornare i conti.", , (v) => "Per la tua sicurezza, " + v.provider + " ti chiede di confermare la tua identit\xE0 prima che possiamo aggiornare i conti."],
  // code.205
  ["Il tuo certificato \xE8 scaduto", "Il tuo certificato EBICS non \xE8 valido o \xE8 scaduto. Rinnovalo presso la tua banca, poi ripristina il collegamento.", , (v) => "Il tuo certificato EBICS non \xE8 valido o \xE8 scaduto. Rinnovalo presso " + v.provider + ", poi ripristina il collegamento."],
  // code.206
  ["Problema presso la tua banca", "Il sito della tua banca ha riscontrato un problema, quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi.", (v) => "Problema presso " + v.provider, (v) => "Il sito di " + v.provider + " ha riscontrato un problema, quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi."],
  // code.300
  ["Impossibile recuperare i dati pi\xF9 recenti", "Non siamo riusciti a scaricare i tuoi dati dal sito della tua banca. Riprova pi\xF9 tardi.", , (v) => "Non siamo riusciti a scaricare i tuoi dati dal sito di " + v.provider + ". Riprova pi\xF9 tardi."],
  // code.301
  ["La sessione con la tua banca \xE8 scaduta", "La sessione con la tua banca si \xE8 chiusa prima che l\u2019aggiornamento fosse completato. Pu\xF2 succedere se hai effettuato l\u2019accesso anche altrove. Riprova tra qualche minuto.", , (v) => "La sessione con " + v.provider + " si \xE8 chiusa prima che l\u2019aggiornamento fosse completato. Pu\xF2 succedere se hai effettuato l\u2019accesso anche altrove. Riprova tra qualche minuto."],
  // code.302
  ["Non siamo riusciti a completare l\u2019aggiornamento", "Il sito della tua banca ha mostrato qualcosa che non siamo ancora in grado di gestire, quindi i tuoi conti non sono stati aggiornati. Contatta l\u2019assistenza per aiutarci a risolvere il problema.", , (v) => "Il sito di " + v.provider + " ha mostrato qualcosa che non siamo ancora in grado di gestire, quindi i tuoi conti non sono stati aggiornati. Contatta l\u2019assistenza per aiutarci a risolvere il problema."],
  // code.303
  ["La tua banca deve risolvere un problema", "C\u2019\xE8 un problema tecnico che solo la tua banca pu\xF2 risolvere. Non devi fare nulla: riprova pi\xF9 tardi.", (v) => v.provider + " deve risolvere un problema", (v) => "C\u2019\xE8 un problema tecnico che solo " + v.provider + " pu\xF2 risolvere. Non devi fare nulla: riprova pi\xF9 tardi."],
  // code.304
  ["Problema con il certificato della tua banca", "Il certificato di sicurezza della tua banca non \xE8 valido o \xE8 scaduto. La banca deve rinnovarlo, quindi riprova pi\xF9 tardi.", , (v) => "Il certificato di sicurezza di " + v.provider + " non \xE8 valido o \xE8 scaduto. " + v.provider + " deve rinnovarlo, quindi riprova pi\xF9 tardi."],
  // code.305
  ["Problema tecnico da parte nostra", "Un errore nei nostri sistemi ha impedito l\u2019aggiornamento dei tuoi conti. Riprova pi\xF9 tardi."],
  // code.400
  ["Impossibile verificare il saldo", "Non siamo riusciti a verificare il saldo dei tuoi conti, quindi potrebbero non essere aggiornati. Riprova pi\xF9 tardi."],
  // code.401
  ["Impossibile elaborare i dati pi\xF9 recenti", "Non siamo riusciti a elaborare i dati pi\xF9 recenti ricevuti dalla tua banca. Riprova pi\xF9 tardi e, se il problema persiste, contatta l\u2019assistenza.", , (v) => "Non siamo riusciti a elaborare i dati pi\xF9 recenti ricevuti da " + v.provider + ". Riprova pi\xF9 tardi e, se il problema persiste, contatta l\u2019assistenza."],
  // code.402
  ["I tuoi conti sono aggiornati", "I tuoi conti sono stati aggiornati correttamente."],
  // category.1xx
  ["La tua banca richiede un tuo intervento", "La tua banca ti chiede di completare un\u2019operazione prima che possiamo aggiornare i tuoi conti. Accedi al sito della tua banca per saperne di pi\xF9, poi riprova.", (v) => v.provider + " richiede un tuo intervento", (v) => v.provider + " ti chiede di completare un\u2019operazione prima che possiamo aggiornare i tuoi conti. Accedi al sito di " + v.provider + " per saperne di pi\xF9, poi riprova."],
  // category.2xx
  ["Problema presso la tua banca", "C\u2019\xE8 un problema con il sito della tua banca, quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi.", (v) => "Problema presso " + v.provider, (v) => "C\u2019\xE8 un problema con il sito di " + v.provider + ", quindi i tuoi conti non sono stati aggiornati. Riprova pi\xF9 tardi."],
  // category.3xx
  ["Problema tecnico da parte nostra", "Un errore nei nostri sistemi ha impedito l\u2019aggiornamento dei tuoi conti. Riprova pi\xF9 tardi."],
  // category.4xx
  ["Si \xE8 verificato un errore", "Non siamo riusciti ad aggiornare i tuoi conti. Riprova pi\xF9 tardi e, se il problema persiste, contatta l\u2019assistenza."],
  // unknown
  ["Aggiorna"],
  // action.wait
  ["Riprova"],
  // action.retry_later
  ["Aggiorna credenziali"],
  // action.update_credentials
  ["Aggiorna password"],
  // action.change_password
  ["Come sbloccare l\u2019accesso"],
  // action.unblock_account
  ["Vai al sito della banca"],
  // action.act_on_provider_website
  ["Verifica il contratto"],
  // action.upgrade_contract
  ["Conferma identit\xE0"],
  // action.authenticate
  ["Rinnova certificato"],
  // action.renew_certificate
  ["Contatta l\u2019assistenza"],
  // action.contact_support
  ["Ricollega la banca"]
  // action.reconnect
] };

// generated/locales/lt.ts
var lt = { locale: "lt", rows: [
  ["S\u0105skaitos atnaujintos", "Gavome naujausi\u0105 informacij\u0105 i\u0161 J\u016Bs\u0173 banko ir atnaujinome s\u0105skaitas.", , (v) => "Gavome naujausi\u0105 informacij\u0105 i\u0161 banko \u201E" + v.provider + "\u201C ir atnaujinome s\u0105skaitas."],
  // status.finished
  ["Atnaujinimas tuoj prasid\u0117s", "S\u0105skaitos bus atnaujintos po akimirkos. Jums nieko nereikia daryti."],
  // status.pending
  ["Atnaujiname J\u016Bs\u0173 s\u0105skaitas", "Gauname naujausi\u0105 informacij\u0105 i\u0161 J\u016Bs\u0173 banko. Tai gali u\u017Etrukti kelias akimirkas.", , (v) => "Gauname naujausi\u0105 informacij\u0105 i\u0161 banko \u201E" + v.provider + "\u201C. Tai gali u\u017Etrukti kelias akimirkas."],
  // status.in_progress
  ["S\u0105skaitos atnaujinamos fone", "Galite toliau naudotis program\u0117le. Kai viskas bus baigta, s\u0105skaitos atsinaujins automati\u0161kai."],
  // status.in_background_progress
  ["Bankas laukia J\u016Bs\u0173 veiksm\u0173", "Kad gal\u0117tume baigti atnaujinti s\u0105skaitas, atlikite banko pra\u0161om\u0105 veiksm\u0105, pavyzd\u017Eiui, patvirtinkite savo tapatyb\u0119.", (v) => "Bankas \u201E" + v.provider + "\u201C laukia J\u016Bs\u0173 veiksm\u0173", (v) => "Kad gal\u0117tume baigti atnaujinti s\u0105skaitas, atlikite banko \u201E" + v.provider + "\u201C pra\u0161om\u0105 veiksm\u0105, pavyzd\u017Eiui, patvirtinkite savo tapatyb\u0119."],
  // status.waiting_user
  ["Atnaujinimas at\u0161auktas", "Atnaujinimas buvo sustabdytas, tod\u0117l s\u0105skaitos nebuvo atnaujintos. J\u012F galite prad\u0117ti i\u0161 naujo bet kada."],
  // status.cancelled
  ["Nepavyko atnaujinti s\u0105skait\u0173", "Atnaujinant s\u0105skaitas \u012Fvyko klaida. Bandykite dar kart\u0105 v\u0117liau."],
  // status.error
  ["Banke vyksta techniniai darbai", "D\u0117l technini\u0173 darb\u0173 J\u016Bs\u0173 banko internetin\u0117s paslaugos laikinai neveikia, tod\u0117l \u0161iuo metu negalime atnaujinti s\u0105skait\u0173. Bandykite dar kart\u0105 v\u0117liau.", (v) => "Banke \u201E" + v.provider + "\u201C vyksta techniniai darbai", (v) => "D\u0117l technini\u0173 darb\u0173 banko \u201E" + v.provider + "\u201C internetin\u0117s paslaugos laikinai neveikia, tod\u0117l \u0161iuo metu negalime atnaujinti s\u0105skait\u0173. Bandykite dar kart\u0105 v\u0117liau."],
  // status.maintenance
  ["Atnaujinimas suplanuotas", "S\u0105skaitos bus atnaujintos automati\u0161kai v\u0117liau. Jums nieko nereikia daryti."],
  // status.scheduled
  ["Bankas \u0161iuo metu nepasiekiamas", "\u0160iuo metu negalime prisijungti prie J\u016Bs\u0173 banko, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau.", (v) => "Bankas \u201E" + v.provider + "\u201C \u0161iuo metu nepasiekiamas", (v) => "\u0160iuo metu negalime prisijungti prie banko \u201E" + v.provider + "\u201C, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau."],
  // status.unavailable
  ["S\u0105skaitos atnaujintos", "J\u016Bs\u0173 s\u0105skaitos s\u0117kmingai atnaujintos."],
  // code.100
  ["Patikrinkite prisijungimo duomenis", "Bankas nepri\u0117m\u0117 J\u016Bs\u0173 prisijungimo duomen\u0173. Patikrinkite juos ir \u012Fveskite i\u0161 naujo, kad v\u0117l prisijungtum\u0117te.", , (v) => "Bankas \u201E" + v.provider + "\u201C nepri\u0117m\u0117 J\u016Bs\u0173 prisijungimo duomen\u0173. Patikrinkite juos ir \u012Fveskite i\u0161 naujo, kad v\u0117l prisijungtum\u0117te."],
  // code.201
  ["Neteisingi prisijungimo duomenys", "Bankas nepri\u0117m\u0117 J\u016Bs\u0173 naudotojo vardo arba slapta\u017Eod\u017Eio. \u012Eveskite dabartinius prisijungimo duomenis, kad v\u0117l prisijungtum\u0117te.", , (v) => "Bankas \u201E" + v.provider + "\u201C nepri\u0117m\u0117 J\u016Bs\u0173 naudotojo vardo arba slapta\u017Eod\u017Eio. \u012Eveskite dabartinius prisijungimo duomenis, kad v\u0117l prisijungtum\u0117te."],
  // code.201.bad_credentials
  ["Prieiga prie interneto banko u\u017Eblokuota", "Bankas u\u017Eblokavo J\u016Bs\u0173 prieig\u0105 prie interneto banko. Susisiekite su banku d\u0117l atblokavimo, tada prisijunkite i\u0161 naujo.", , (v) => "Bankas \u201E" + v.provider + "\u201C u\u017Eblokavo J\u016Bs\u0173 prieig\u0105 prie interneto banko. Susisiekite su banku d\u0117l atblokavimo, tada prisijunkite i\u0161 naujo."],
  // code.201.account_blocked
  ["Slapta\u017Eod\u017Eio galiojimo laikas baig\u0117si", "Bankas pra\u0161o nustatyti nauj\u0105 slapta\u017Eod\u012F. Pakeiskite j\u012F banko svetain\u0117je, tada prisijunkite i\u0161 naujo su nauju slapta\u017Eod\u017Eiu.", , (v) => "Bankas \u201E" + v.provider + "\u201C pra\u0161o nustatyti nauj\u0105 slapta\u017Eod\u012F. Pakeiskite j\u012F banko svetain\u0117je, tada prisijunkite i\u0161 naujo su nauju slapta\u017Eod\u017Eiu."],
  // code.201.password_expired
  ["Reikia atlikti veiksm\u0105 banke", "Kad gal\u0117tume atnaujinti s\u0105skaitas, bankas pra\u0161o J\u016Bs\u0173 atlikti tam tikr\u0105 veiksm\u0105. Prisijunkite banko svetain\u0117je, vykdykite nurodymus, tada bandykite dar kart\u0105.", (v) => "Reikia atlikti veiksm\u0105 banke \u201E" + v.provider + "\u201C", (v) => "Kad gal\u0117tume atnaujinti s\u0105skaitas, bankas \u201E" + v.provider + "\u201C pra\u0161o J\u016Bs\u0173 atlikti tam tikr\u0105 veiksm\u0105. Prisijunkite banko svetain\u0117je, vykdykite nurodymus, tada bandykite dar kart\u0105."],
  // code.202
  ["J\u016Bs\u0173 sutartis to neleid\u017Eia", "J\u016Bs\u0173 interneto banko sutartis neapima \u0161ios paslaugos. Papra\u0161ykite banko papildyti sutart\u012F, tada bandykite dar kart\u0105.", , (v) => "J\u016Bs\u0173 interneto banko sutartis neapima \u0161ios paslaugos. Papra\u0161ykite banko \u201E" + v.provider + "\u201C papildyti sutart\u012F, tada bandykite dar kart\u0105."],
  // code.203
  ["Patvirtinkite savo tapatyb\u0119", "Saugumo sumetimais bankas pra\u0161o J\u016Bs\u0173 patvirtinti tapatyb\u0119, kad gal\u0117tume atnaujinti s\u0105skaitas.", , (v) => "Saugumo sumetimais bankas \u201E" + v.provider + "\u201C pra\u0161o J\u016Bs\u0173 patvirtinti tapatyb\u0119, kad gal\u0117tume atnaujinti s\u0105skaitas."],
  // code.205
  ["Sertifikato galiojimo laikas baig\u0117si", "J\u016Bs\u0173 EBICS sertifikatas negalioja arba baig\u0117si jo galiojimo laikas. Atnaujinkite j\u012F savo banke, tada prisijunkite i\u0161 naujo.", , (v) => "J\u016Bs\u0173 EBICS sertifikatas negalioja arba baig\u0117si jo galiojimo laikas. Atnaujinkite j\u012F banke \u201E" + v.provider + "\u201C, tada prisijunkite i\u0161 naujo."],
  // code.206
  ["Sutrikimas banke", "Banko svetain\u0117je \u012Fvyko klaida, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau.", (v) => "Sutrikimas banke \u201E" + v.provider + "\u201C", (v) => "Banko \u201E" + v.provider + "\u201C svetain\u0117je \u012Fvyko klaida, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau."],
  // code.300
  ["Nepavyko gauti naujausi\u0173 duomen\u0173", "Nepavyko atsisi\u0173sti J\u016Bs\u0173 duomen\u0173 i\u0161 banko svetain\u0117s. Bandykite dar kart\u0105 v\u0117liau.", , (v) => "Nepavyko atsisi\u0173sti J\u016Bs\u0173 duomen\u0173 i\u0161 banko \u201E" + v.provider + "\u201C svetain\u0117s. Bandykite dar kart\u0105 v\u0117liau."],
  // code.301
  ["Baig\u0117si sesija banke", "J\u016Bs\u0173 sesija banke nutr\u016Bko, kol dar vyko atnaujinimas. Taip gali nutikti, jei prie banko tuo pat metu prisijung\u0117te ir kitur. Bandykite dar kart\u0105 po keli\u0173 minu\u010Di\u0173.", , (v) => "J\u016Bs\u0173 sesija banke \u201E" + v.provider + "\u201C nutr\u016Bko, kol dar vyko atnaujinimas. Taip gali nutikti, jei prie banko tuo pat metu prisijung\u0117te ir kitur. Bandykite dar kart\u0105 po keli\u0173 minu\u010Di\u0173."],
  // code.302
  ["Nepavyko u\u017Ebaigti atnaujinimo", "Banko svetain\u0117 pateik\u0117 informacij\u0105, kurios kol kas negalime apdoroti, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Susisiekite su mumis, kad gal\u0117tume tai i\u0161taisyti.", , (v) => "Banko \u201E" + v.provider + "\u201C svetain\u0117 pateik\u0117 informacij\u0105, kurios kol kas negalime apdoroti, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Susisiekite su mumis, kad gal\u0117tume tai i\u0161taisyti."],
  // code.303
  ["Bankas turi i\u0161spr\u0119sti problem\u0105", "Banko pus\u0117je kilo problema, kuri\u0105 gali i\u0161spr\u0119sti tik bankas. Jums nieko nereikia daryti \u2013 bandykite dar kart\u0105 v\u0117liau.", (v) => "Bankas \u201E" + v.provider + "\u201C turi i\u0161spr\u0119sti problem\u0105", (v) => "Banko \u201E" + v.provider + "\u201C pus\u0117je kilo problema, kuri\u0105 gali i\u0161spr\u0119sti tik bankas. Jums nieko nereikia daryti \u2013 bandykite dar kart\u0105 v\u0117liau."],
  // code.304
  ["Problema d\u0117l banko sertifikato", "J\u016Bs\u0173 banko saugumo sertifikatas negalioja arba baig\u0117si jo galiojimo laikas. Bankas turi j\u012F atnaujinti, tod\u0117l bandykite dar kart\u0105 v\u0117liau.", , (v) => "Banko \u201E" + v.provider + "\u201C saugumo sertifikatas negalioja arba baig\u0117si jo galiojimo laikas. Bankas turi j\u012F atnaujinti, tod\u0117l bandykite dar kart\u0105 v\u0117liau."],
  // code.305
  ["M\u016Bs\u0173 pus\u0117je \u012Fvyko klaida", "D\u0117l klaidos m\u016Bs\u0173 sistemoje s\u0105skait\u0173 atnaujinti nepavyko. Bandykite dar kart\u0105 v\u0117liau."],
  // code.400
  ["Nepavyko patikrinti liku\u010Dio", "Nepavyko patikrinti s\u0105skaitos liku\u010Dio, tod\u0117l s\u0105skaitose gali b\u016Bti rodoma ne naujausia informacija. Bandykite dar kart\u0105 v\u0117liau."],
  // code.401
  ["Nepavyko apdoroti naujausi\u0173 duomen\u0173", "Nepavyko apdoroti naujausios informacijos i\u0161 J\u016Bs\u0173 banko. Bandykite dar kart\u0105 v\u0117liau, o jei problema kartosis, susisiekite su mumis.", , (v) => "Nepavyko apdoroti naujausios informacijos i\u0161 banko \u201E" + v.provider + "\u201C. Bandykite dar kart\u0105 v\u0117liau, o jei problema kartosis, susisiekite su mumis."],
  // code.402
  ["S\u0105skaitos atnaujintos", "J\u016Bs\u0173 s\u0105skaitos s\u0117kmingai atnaujintos."],
  // category.1xx
  ["Reikia atlikti veiksm\u0105 banke", "Kad gal\u0117tume atnaujinti s\u0105skaitas, bankas pra\u0161o J\u016Bs\u0173 atlikti tam tikr\u0105 veiksm\u0105. Prisijunkite banko svetain\u0117je ir per\u017Ei\u016Br\u0117kite i\u0161samesn\u0119 informacij\u0105, tada bandykite dar kart\u0105.", (v) => "Reikia atlikti veiksm\u0105 banke \u201E" + v.provider + "\u201C", (v) => "Kad gal\u0117tume atnaujinti s\u0105skaitas, bankas \u201E" + v.provider + "\u201C pra\u0161o J\u016Bs\u0173 atlikti tam tikr\u0105 veiksm\u0105. Prisijunkite banko svetain\u0117je ir per\u017Ei\u016Br\u0117kite i\u0161samesn\u0119 informacij\u0105, tada bandykite dar kart\u0105."],
  // category.2xx
  ["Sutrikimas banke", "Banko svetain\u0117 veikia su sutrikimais, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau.", (v) => "Sutrikimas banke \u201E" + v.provider + "\u201C", (v) => "Banko \u201E" + v.provider + "\u201C svetain\u0117 veikia su sutrikimais, tod\u0117l s\u0105skaitos nebuvo atnaujintos. Bandykite dar kart\u0105 v\u0117liau."],
  // category.3xx
  ["M\u016Bs\u0173 pus\u0117je \u012Fvyko klaida", "D\u0117l klaidos m\u016Bs\u0173 sistemoje s\u0105skait\u0173 atnaujinti nepavyko. Bandykite dar kart\u0105 v\u0117liau."],
  // category.4xx
  ["\u012Evyko klaida", "Nepavyko atnaujinti s\u0105skait\u0173. Bandykite dar kart\u0105 v\u0117liau, o jei problema kartosis, susisiekite su mumis."],
  // unknown
  ["Atnaujinti"],
  // action.wait
  ["Bandyti dar kart\u0105"],
  // action.retry_later
  ["\u012Evesti duomenis i\u0161 naujo"],
  // action.update_credentials
  ["Atnaujinti slapta\u017Eod\u012F"],
  // action.change_password
  ["Kaip atblokuoti"],
  // action.unblock_account
  ["Eiti \u012F banko svetain\u0119"],
  // action.act_on_provider_website
  ["Patikrinti sutart\u012F"],
  // action.upgrade_contract
  ["Patvirtinti tapatyb\u0119"],
  // action.authenticate
  ["Atnaujinti sertifikat\u0105"],
  // action.renew_certificate
  ["Susisiekti su mumis"],
  // action.contact_support
  ["Prisijungti i\u0161 naujo"]
  // action.reconnect
] };

// generated/locales/lv.ts
var lv = { locale: "lv", rows: [
  ["Konti ir atjaunin\u0101ti", "Sa\u0146\u0113m\u0101m jaun\u0101ko inform\u0101ciju no j\u016Bsu bankas un atjaunin\u0101j\u0101m kontus.", , (v) => "Sa\u0146\u0113m\u0101m jaun\u0101ko inform\u0101ciju no bankas \u201C" + v.provider + "\u201D un atjaunin\u0101j\u0101m kontus."],
  // status.finished
  ["Atjaunin\u0101\u0161ana dr\u012Bz s\u0101ksies", "Konti tiks atjaunin\u0101ti p\u0113c br\u012B\u017Ea. Jums nekas nav j\u0101dara."],
  // status.pending
  ["Atjaunin\u0101m j\u016Bsu kontus", "Ieg\u016Bstam jaun\u0101ko inform\u0101ciju no j\u016Bsu bankas. Tas var aiz\u0146emt da\u017Eus mirk\u013Cus.", , (v) => "Ieg\u016Bstam jaun\u0101ko inform\u0101ciju no bankas \u201C" + v.provider + "\u201D. Tas var aiz\u0146emt da\u017Eus mirk\u013Cus."],
  // status.in_progress
  ["Atjaunin\u0101\u0161ana notiek fon\u0101", "Varat turpin\u0101t lietot lietotni. Kad viss b\u016Bs gatavs, konti atjaunin\u0101sies autom\u0101tiski."],
  // status.in_background_progress
  ["Banka gaida j\u016Bsu darb\u012Bbu", "Lai pabeigtu kontu atjaunin\u0101\u0161anu, veiciet bankas piepras\u012Bto darb\u012Bbu, piem\u0113ram, apstipriniet savu identit\u0101ti.", (v) => "Banka \u201C" + v.provider + "\u201D gaida j\u016Bsu darb\u012Bbu", (v) => "Lai pabeigtu kontu atjaunin\u0101\u0161anu, veiciet bankas \u201C" + v.provider + "\u201D piepras\u012Bto darb\u012Bbu, piem\u0113ram, apstipriniet savu identit\u0101ti."],
  // status.waiting_user
  ["Atjaunin\u0101\u0161ana atcelta", "Atjaunin\u0101\u0161ana tika p\u0101rtraukta, t\u0101p\u0113c konti netika atjaunin\u0101ti. Varat to s\u0101kt v\u0113lreiz jebkur\u0101 laik\u0101."],
  // status.cancelled
  ["Neizdev\u0101s atjaunin\u0101t kontus", "Atjauninot kontus, rad\u0101s k\u013C\u016Bda. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // status.error
  ["Bank\u0101 notiek tehniskie darbi", "J\u016Bsu bankas tie\u0161saistes pakalpojumi tehnisku darbu d\u0113\u013C \u012Bslaic\u012Bgi nav pieejami, t\u0101p\u0113c pa\u0161laik nevaram atjaunin\u0101t kontus. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", (v) => "Bank\u0101 \u201C" + v.provider + "\u201D notiek tehniskie darbi", (v) => "Bankas \u201C" + v.provider + "\u201D tie\u0161saistes pakalpojumi tehnisku darbu d\u0113\u013C \u012Bslaic\u012Bgi nav pieejami, t\u0101p\u0113c pa\u0161laik nevaram atjaunin\u0101t kontus. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // status.maintenance
  ["Atjaunin\u0101\u0161ana iepl\u0101nota", "Konti tiks atjaunin\u0101ti autom\u0101tiski v\u0113l\u0101k. Jums nekas nav j\u0101dara."],
  // status.scheduled
  ["Banka pa\u0161laik nav pieejama", "Pa\u0161laik neizdodas izveidot savienojumu ar j\u016Bsu banku, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", (v) => "Banka \u201C" + v.provider + "\u201D pa\u0161laik nav pieejama", (v) => "Pa\u0161laik neizdodas izveidot savienojumu ar banku \u201C" + v.provider + "\u201D, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // status.unavailable
  ["Konti ir atjaunin\u0101ti", "J\u016Bsu konti ir veiksm\u012Bgi atjaunin\u0101ti."],
  // code.100
  ["P\u0101rbaudiet piesl\u0113g\u0161an\u0101s datus", "Banka nepie\u0146\u0113ma j\u016Bsu piesl\u0113g\u0161an\u0101s datus. P\u0101rbaudiet tos un ievadiet v\u0113lreiz, lai atkal piesl\u0113gtos.", , (v) => "Banka \u201C" + v.provider + "\u201D nepie\u0146\u0113ma j\u016Bsu piesl\u0113g\u0161an\u0101s datus. P\u0101rbaudiet tos un ievadiet v\u0113lreiz, lai atkal piesl\u0113gtos."],
  // code.201
  ["Nepareizi piesl\u0113g\u0161an\u0101s dati", "Banka nepie\u0146\u0113ma j\u016Bsu lietot\u0101jv\u0101rdu vai paroli. Ievadiet pa\u0161reiz\u0113jos piesl\u0113g\u0161an\u0101s datus, lai atkal piesl\u0113gtos.", , (v) => "Banka \u201C" + v.provider + "\u201D nepie\u0146\u0113ma j\u016Bsu lietot\u0101jv\u0101rdu vai paroli. Ievadiet pa\u0161reiz\u0113jos piesl\u0113g\u0161an\u0101s datus, lai atkal piesl\u0113gtos."],
  // code.201.bad_credentials
  ["Pieeja internetbankai ir blo\u0137\u0113ta", "Banka ir blo\u0137\u0113jusi j\u016Bsu pieeju internetbankai. Sazinieties ar banku, lai pieeju atblo\u0137\u0113tu, un p\u0113c tam piesl\u0113dzieties v\u0113lreiz.", , (v) => "Banka \u201C" + v.provider + "\u201D ir blo\u0137\u0113jusi j\u016Bsu pieeju internetbankai. Sazinieties ar banku, lai pieeju atblo\u0137\u0113tu, un p\u0113c tam piesl\u0113dzieties v\u0113lreiz."],
  // code.201.account_blocked
  ["Paroles der\u012Bguma termi\u0146\u0161 ir beidzies", "Banka l\u016Bdz iestat\u012Bt jaunu paroli. Nomainiet to bankas t\u012Bmek\u013Cvietn\u0113 un p\u0113c tam piesl\u0113dzieties v\u0113lreiz ar jauno paroli.", , (v) => "Banka \u201C" + v.provider + "\u201D l\u016Bdz iestat\u012Bt jaunu paroli. Nomainiet to bankas t\u012Bmek\u013Cvietn\u0113 un p\u0113c tam piesl\u0113dzieties v\u0113lreiz ar jauno paroli."],
  // code.201.password_expired
  ["Bank\u0101 nepiecie\u0161ama j\u016Bsu r\u012Bc\u012Bba", "Lai var\u0113tu atjaunin\u0101t kontus, banka l\u016Bdz j\u016Bs veikt k\u0101du darb\u012Bbu. Atveriet bankas t\u012Bmek\u013Cvietni, piesl\u0113dzieties, izpildiet nor\u0101d\u012Bjumus un p\u0113c tam m\u0113\u0123iniet v\u0113lreiz.", (v) => "Bank\u0101 \u201C" + v.provider + "\u201D nepiecie\u0161ama j\u016Bsu r\u012Bc\u012Bba", (v) => "Lai var\u0113tu atjaunin\u0101t kontus, banka \u201C" + v.provider + "\u201D l\u016Bdz j\u016Bs veikt k\u0101du darb\u012Bbu. Atveriet bankas t\u012Bmek\u013Cvietni, piesl\u0113dzieties, izpildiet nor\u0101d\u012Bjumus un p\u0113c tam m\u0113\u0123iniet v\u0113lreiz."],
  // code.202
  ["J\u016Bsu l\u012Bgums to neparedz", "J\u016Bsu internetbankas l\u012Bgums neietver \u0161o pakalpojumu. L\u016Bdziet banku papla\u0161in\u0101t l\u012Bgumu un p\u0113c tam m\u0113\u0123iniet v\u0113lreiz.", , (v) => "J\u016Bsu internetbankas l\u012Bgums neietver \u0161o pakalpojumu. L\u016Bdziet banku \u201C" + v.provider + "\u201D papla\u0161in\u0101t l\u012Bgumu un p\u0113c tam m\u0113\u0123iniet v\u0113lreiz."],
  // code.203
  ["Apstipriniet savu identit\u0101ti", "J\u016Bsu dro\u0161\u012Bbas labad banka l\u016Bdz apstiprin\u0101t identit\u0101ti, lai var\u0113tu atjaunin\u0101t kontus.", , (v) => "J\u016Bsu dro\u0161\u012Bbas labad banka \u201C" + v.provider + "\u201D l\u016Bdz apstiprin\u0101t identit\u0101ti, lai var\u0113tu atjaunin\u0101t kontus."],
  // code.205
  ["Sertifik\u0101ta der\u012Bguma termi\u0146\u0161 ir beidzies", "J\u016Bsu EBICS sertifik\u0101ts nav der\u012Bgs vai t\u0101 der\u012Bguma termi\u0146\u0161 ir beidzies. Atjaunojiet to sav\u0101 bank\u0101 un p\u0113c tam piesl\u0113dzieties v\u0113lreiz.", , (v) => "J\u016Bsu EBICS sertifik\u0101ts nav der\u012Bgs vai t\u0101 der\u012Bguma termi\u0146\u0161 ir beidzies. Atjaunojiet to bank\u0101 \u201C" + v.provider + "\u201D un p\u0113c tam piesl\u0113dzieties v\u0113lreiz."],
  // code.206
  ["Bank\u0101 radusies probl\u0113ma", "Bankas t\u012Bmek\u013Cvietn\u0113 rad\u0101s k\u013C\u016Bda, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", (v) => "Bank\u0101 \u201C" + v.provider + "\u201D radusies probl\u0113ma", (v) => "Bankas \u201C" + v.provider + "\u201D t\u012Bmek\u013Cvietn\u0113 rad\u0101s k\u013C\u016Bda, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.300
  ["Neizdev\u0101s ieg\u016Bt jaun\u0101kos datus", "Mums neizdev\u0101s lejupiel\u0101d\u0113t j\u016Bsu datus no bankas t\u012Bmek\u013Cvietnes. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", , (v) => "Mums neizdev\u0101s lejupiel\u0101d\u0113t j\u016Bsu datus no bankas \u201C" + v.provider + "\u201D t\u012Bmek\u013Cvietnes. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.301
  ["Sesija bank\u0101 ir beigusies", "J\u016Bsu sesija bank\u0101 beidz\u0101s, pirms atjaunin\u0101\u0161ana bija pabeigta. T\u0101 var notikt, ja internetbanka vienlaikus ir atv\u0113rta ar\u012B citur. M\u0113\u0123iniet v\u0113lreiz p\u0113c da\u017E\u0101m min\u016Bt\u0113m.", , (v) => "J\u016Bsu sesija bank\u0101 \u201C" + v.provider + "\u201D beidz\u0101s, pirms atjaunin\u0101\u0161ana bija pabeigta. T\u0101 var notikt, ja internetbanka vienlaikus ir atv\u0113rta ar\u012B citur. M\u0113\u0123iniet v\u0113lreiz p\u0113c da\u017E\u0101m min\u016Bt\u0113m."],
  // code.302
  ["Neizdev\u0101s pabeigt atjaunin\u0101\u0161anu", "Bankas t\u012Bmek\u013Cvietn\u0113 par\u0101d\u012Bj\u0101s inform\u0101cija, ko pagaid\u0101m nevaram apstr\u0101d\u0101t, t\u0101p\u0113c konti netika atjaunin\u0101ti. Sazinieties ar klientu atbalstu, lai m\u0113s var\u0113tu to nov\u0113rst.", , (v) => "Bankas \u201C" + v.provider + "\u201D t\u012Bmek\u013Cvietn\u0113 par\u0101d\u012Bj\u0101s inform\u0101cija, ko pagaid\u0101m nevaram apstr\u0101d\u0101t, t\u0101p\u0113c konti netika atjaunin\u0101ti. Sazinieties ar klientu atbalstu, lai m\u0113s var\u0113tu to nov\u0113rst."],
  // code.303
  ["Bankai j\u0101nov\u0113r\u0161 probl\u0113ma", "Bankas pus\u0113 radusies probl\u0113ma, ko var nov\u0113rst tikai banka. Jums nekas nav j\u0101dara \u2013 m\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", (v) => "Bankai \u201C" + v.provider + "\u201D j\u0101nov\u0113r\u0161 probl\u0113ma", (v) => "Bankas \u201C" + v.provider + "\u201D pus\u0113 radusies probl\u0113ma, ko var nov\u0113rst tikai banka. Jums nekas nav j\u0101dara \u2013 m\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.304
  ["Probl\u0113ma ar bankas sertifik\u0101tu", "J\u016Bsu bankas dro\u0161\u012Bbas sertifik\u0101ts nav der\u012Bgs vai t\u0101 der\u012Bguma termi\u0146\u0161 ir beidzies. Bankai tas ir j\u0101atjauno, t\u0101p\u0113c m\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", , (v) => "Bankas \u201C" + v.provider + "\u201D dro\u0161\u012Bbas sertifik\u0101ts nav der\u012Bgs vai t\u0101 der\u012Bguma termi\u0146\u0161 ir beidzies. Bankai tas ir j\u0101atjauno, t\u0101p\u0113c m\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.305
  ["M\u016Bsu pus\u0113 rad\u0101s k\u013C\u016Bda", "M\u016Bsu sist\u0113mas k\u013C\u016Bdas d\u0113\u013C kontus neizdev\u0101s atjaunin\u0101t. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.400
  ["Neizdev\u0101s p\u0101rbaud\u012Bt atlikumu", "Mums neizdev\u0101s p\u0101rbaud\u012Bt konta atlikumu, t\u0101p\u0113c kontu inform\u0101cija var neb\u016Bt aktu\u0101la. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // code.401
  ["Neizdev\u0101s apstr\u0101d\u0101t jaun\u0101kos datus", "Mums neizdev\u0101s apstr\u0101d\u0101t jaun\u0101ko inform\u0101ciju no j\u016Bsu bankas. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k un, ja probl\u0113ma atk\u0101rtojas, sazinieties ar klientu atbalstu.", , (v) => "Mums neizdev\u0101s apstr\u0101d\u0101t jaun\u0101ko inform\u0101ciju no bankas \u201C" + v.provider + "\u201D. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k un, ja probl\u0113ma atk\u0101rtojas, sazinieties ar klientu atbalstu."],
  // code.402
  ["Konti ir atjaunin\u0101ti", "J\u016Bsu konti ir veiksm\u012Bgi atjaunin\u0101ti."],
  // category.1xx
  ["Bank\u0101 nepiecie\u0161ama j\u016Bsu r\u012Bc\u012Bba", "Lai var\u0113tu atjaunin\u0101t kontus, banka l\u016Bdz j\u016Bs veikt k\u0101du darb\u012Bbu. Atveriet bankas t\u012Bmek\u013Cvietni un piesl\u0113dzieties, lai uzzin\u0101tu vair\u0101k, p\u0113c tam m\u0113\u0123iniet v\u0113lreiz.", (v) => "Bank\u0101 \u201C" + v.provider + "\u201D nepiecie\u0161ama j\u016Bsu r\u012Bc\u012Bba", (v) => "Lai var\u0113tu atjaunin\u0101t kontus, banka \u201C" + v.provider + "\u201D l\u016Bdz j\u016Bs veikt k\u0101du darb\u012Bbu. Atveriet bankas t\u012Bmek\u013Cvietni un piesl\u0113dzieties, lai uzzin\u0101tu vair\u0101k, p\u0113c tam m\u0113\u0123iniet v\u0113lreiz."],
  // category.2xx
  ["Bank\u0101 radusies probl\u0113ma", "Bankas t\u012Bmek\u013Cvietn\u0113 radu\u0161ies darb\u012Bbas trauc\u0113jumi, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k.", (v) => "Bank\u0101 \u201C" + v.provider + "\u201D radusies probl\u0113ma", (v) => "Bankas \u201C" + v.provider + "\u201D t\u012Bmek\u013Cvietn\u0113 radu\u0161ies darb\u012Bbas trauc\u0113jumi, t\u0101p\u0113c konti netika atjaunin\u0101ti. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // category.3xx
  ["M\u016Bsu pus\u0113 rad\u0101s k\u013C\u016Bda", "M\u016Bsu sist\u0113mas k\u013C\u016Bdas d\u0113\u013C kontus neizdev\u0101s atjaunin\u0101t. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k."],
  // category.4xx
  ["Rad\u0101s k\u013C\u016Bda", "Neizdev\u0101s atjaunin\u0101t kontus. M\u0113\u0123iniet v\u0113lreiz v\u0113l\u0101k un, ja probl\u0113ma atk\u0101rtojas, sazinieties ar klientu atbalstu."],
  // unknown
  ["Atsvaidzin\u0101t"],
  // action.wait
  ["M\u0113\u0123in\u0101t v\u0113lreiz"],
  // action.retry_later
  ["Ievad\u012Bt datus no jauna"],
  // action.update_credentials
  ["Atjaunin\u0101t paroli"],
  // action.change_password
  ["K\u0101 atblo\u0137\u0113t"],
  // action.unblock_account
  ["Uz bankas t\u012Bmek\u013Cvietni"],
  // action.act_on_provider_website
  ["P\u0101rbaud\u012Bt l\u012Bgumu"],
  // action.upgrade_contract
  ["Apstiprin\u0101t identit\u0101ti"],
  // action.authenticate
  ["Atjaunot sertifik\u0101tu"],
  // action.renew_certificate
  ["Sazin\u0101ties ar atbalstu"],
  // action.contact_support
  ["Piesl\u0113gties v\u0113lreiz"]
  // action.reconnect
] };

// generated/locales/mt.ts
var mt = { locale: "mt", rows: [
  ["Il-kontijiet tieg\u0127ek huma a\u0121\u0121ornati", "A\u0121\u0121ornajna l-kontijiet tieg\u0127ek bl-a\u0127\u0127ar informazzjoni mill-bank tieg\u0127ek.", , (v) => "A\u0121\u0121ornajna l-kontijiet tieg\u0127ek bl-a\u0127\u0127ar informazzjoni minn " + v.provider + "."],
  // status.finished
  ["L-a\u0121\u0121ornament se jibda dalwaqt", "Il-kontijiet tieg\u0127ek se ji\u0121u a\u0121\u0121ornati fi ftit mumenti. M\u2019hemmx g\u0127alfejn tag\u0127mel xejn."],
  // status.pending
  ["Qed na\u0121\u0121ornaw il-kontijiet tieg\u0127ek", "Qed ni\u0121bru l-a\u0127\u0127ar informazzjoni mill-bank tieg\u0127ek. Dan jista\u2019 jie\u0127u ftit mumenti.", , (v) => "Qed ni\u0121bru l-a\u0127\u0127ar informazzjoni minn " + v.provider + ". Dan jista\u2019 jie\u0127u ftit mumenti."],
  // status.in_progress
  ["L-a\u0121\u0121ornament g\u0127addej fl-isfond", "Tista\u2019 tkompli tu\u017Ca l-app. Il-kontijiet tieg\u0127ek ji\u0121u a\u0121\u0121ornati awtomatikament hekk kif jintemm il-pro\u010Bess."],
  // status.in_background_progress
  ["Il-bank tieg\u0127ek qed jistennik", "Biex nispi\u010B\u010Baw l-a\u0121\u0121ornament tal-kontijiet tieg\u0127ek, lesti l-pass mitlub mill-bank tieg\u0127ek, pere\u017Cempju li tikkonferma l-identit\xE0 tieg\u0127ek.", (v) => v.provider + ": hemm pass li trid tlesti", (v) => "Biex nispi\u010B\u010Baw l-a\u0121\u0121ornament tal-kontijiet tieg\u0127ek, lesti l-pass mitlub minn " + v.provider + ", pere\u017Cempju li tikkonferma l-identit\xE0 tieg\u0127ek."],
  // status.waiting_user
  ["A\u0121\u0121ornament ikkan\u010Bellat", "L-a\u0121\u0121ornament twaqqaf, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Tista\u2019 ter\u0121a\u2019 tibdih meta trid."],
  // status.cancelled
  ["Ma stajniex na\u0121\u0121ornaw il-kontijiet tieg\u0127ek", "Inqalg\u0127et problema waqt l-a\u0121\u0121ornament tal-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard."],
  // status.error
  ["Il-bank tieg\u0127ek g\u0127addej minn manutenzjoni", "Is-servizzi online tal-bank tieg\u0127ek mhumiex disponibbli min\u0127abba xog\u0127lijiet ta\u2019 manutenzjoni, g\u0127alhekk b\u0127alissa ma nistg\u0127ux na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard.", (v) => v.provider + ": manutenzjoni g\u0127addejja", (v) => "Is-servizzi online ta\u2019 " + v.provider + " mhumiex disponibbli min\u0127abba xog\u0127lijiet ta\u2019 manutenzjoni, g\u0127alhekk b\u0127alissa ma nistg\u0127ux na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard."],
  // status.maintenance
  ["A\u0121\u0121ornament ippjanat", "Il-kontijiet tieg\u0127ek se ji\u0121u a\u0121\u0121ornati awtomatikament aktar tard. M\u2019hemmx g\u0127alfejn tag\u0127mel xejn."],
  // status.scheduled
  ["Il-bank tieg\u0127ek mhux disponibbli", "B\u0127alissa ma nistg\u0127ux nikkonnettjaw mal-bank tieg\u0127ek, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard.", (v) => v.provider + " mhux disponibbli", (v) => "B\u0127alissa ma nistg\u0127ux nikkonnettjaw ma\u2019 " + v.provider + ", g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard."],
  // status.unavailable
  ["Il-kontijiet tieg\u0127ek huma a\u0121\u0121ornati", "Il-kontijiet tieg\u0127ek \u0121ew a\u0121\u0121ornati b\u2019su\u010B\u010Bess."],
  // code.100
  ["I\u010B\u010Bekkja d-dettalji tal-login tieg\u0127ek", "Il-bank tieg\u0127ek ma a\u010B\u010Bettax id-dettalji tal-login tieg\u0127ek. I\u010B\u010Bekkjahom u er\u0121a\u2019 da\u0127\u0127alhom biex ter\u0121a\u2019 tikkonnettja.", , (v) => "Id-dettalji tal-login tieg\u0127ek ma \u0121ewx a\u010B\u010Bettati minn " + v.provider + ". I\u010B\u010Bekkjahom u er\u0121a\u2019 da\u0127\u0127alhom biex ter\u0121a\u2019 tikkonnettja."],
  // code.201
  ["Dettalji tal-login \u017Cbaljati", "Il-bank tieg\u0127ek ma a\u010B\u010Bettax l-isem tal-utent jew il-password tieg\u0127ek. Da\u0127\u0127al id-dettalji tal-login li tu\u017Ca b\u0127alissa biex ter\u0121a\u2019 tikkonnettja.", , (v) => "L-isem tal-utent jew il-password tieg\u0127ek ma \u0121ewx a\u010B\u010Bettati minn " + v.provider + ". Da\u0127\u0127al id-dettalji tal-login li tu\u017Ca b\u0127alissa biex ter\u0121a\u2019 tikkonnettja."],
  // code.201.bad_credentials
  ["L-internet banking tieg\u0127ek \u0121ie mblukkat", "Il-bank tieg\u0127ek imblokka l-a\u010B\u010Bess tieg\u0127ek g\u0127all-internet banking. Ikkuntattja lill-bank tieg\u0127ek biex jitne\u0127\u0127a l-blokk, imbag\u0127ad er\u0121a\u2019 kkonnettja.", , (v) => "L-a\u010B\u010Bess tieg\u0127ek g\u0127all-internet banking \u0121ie mblukkat minn " + v.provider + ". Ikkuntattja lil " + v.provider + " biex jitne\u0127\u0127a l-blokk, imbag\u0127ad er\u0121a\u2019 kkonnettja."],
  // code.201.account_blocked
  ["Il-password tieg\u0127ek skadiet", "Il-bank tieg\u0127ek jitolbok tag\u0127\u017Cel password \u0121dida. Biddilha fuq is-sit web tal-bank tieg\u0127ek, imbag\u0127ad er\u0121a\u2019 kkonnettja bil-password il-\u0121dida.", , (v) => "Trid tag\u0127\u017Cel password \u0121dida g\u0127al " + v.provider + ". Biddilha fuq is-sit web ta\u2019 " + v.provider + ", imbag\u0127ad er\u0121a\u2019 kkonnettja bil-password il-\u0121dida."],
  // code.201.password_expired
  ["Il-bank tieg\u0127ek je\u0127tie\u0121 azzjoni minnek", "Il-bank tieg\u0127ek jitolbok tag\u0127mel xi \u0127a\u0121a qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Id\u0127ol fis-sit web tal-bank tieg\u0127ek, segwi l-istruzzjonijiet, imbag\u0127ad er\u0121a\u2019 pprova.", (v) => v.provider + ": me\u0127tie\u0121a azzjoni minnek", (v) => "Trid tag\u0127mel xi \u0127a\u0121a g\u0127and " + v.provider + " qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Id\u0127ol fis-sit web ta\u2019 " + v.provider + ", segwi l-istruzzjonijiet, imbag\u0127ad er\u0121a\u2019 pprova."],
  // code.202
  ["Il-kuntratt tieg\u0127ek ma jippermettix dan", "Il-kuntratt tal-internet banking tieg\u0127ek ma jinkludix dan is-servizz. Itlob lill-bank tieg\u0127ek biex jestendih, imbag\u0127ad er\u0121a\u2019 pprova.", , (v) => "Il-kuntratt tal-internet banking tieg\u0127ek ma jinkludix dan is-servizz. Itlob lil " + v.provider + " biex il-kuntratt ji\u0121i esti\u017C, imbag\u0127ad er\u0121a\u2019 pprova."],
  // code.203
  ["Ikkonferma l-identit\xE0 tieg\u0127ek", "G\u0127as-sigurt\xE0 tieg\u0127ek, il-bank tieg\u0127ek jitolbok tikkonferma l-identit\xE0 qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet.", , (v) => "G\u0127as-sigurt\xE0 tieg\u0127ek, trid tikkonferma l-identit\xE0 ma\u2019 " + v.provider + " qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet."],
  // code.205
  ["I\u010B-\u010Bertifikat tieg\u0127ek skada", "I\u010B-\u010Bertifikat EBICS tieg\u0127ek mhuwiex validu jew skada. \u0120edded i\u010B-\u010Bertifikat mal-bank tieg\u0127ek, imbag\u0127ad er\u0121a\u2019 kkonnettja.", , (v) => "I\u010B-\u010Bertifikat EBICS tieg\u0127ek mhuwiex validu jew skada. \u0120edded i\u010B-\u010Bertifikat ma\u2019 " + v.provider + ", imbag\u0127ad er\u0121a\u2019 kkonnettja."],
  // code.206
  ["Problema fis-sistema tal-bank tieg\u0127ek", "Inqalg\u0127et problema fis-sit web tal-bank tieg\u0127ek, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard.", (v) => "Problema fis-sistema ta\u2019 " + v.provider, (v) => "Inqalg\u0127et problema fis-sit web ta\u2019 " + v.provider + ", g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard."],
  // code.300
  ["Ma stajniex ni\u0121bru l-a\u0127\u0127ar informazzjoni", "Ma stajniex inni\u017C\u017Clu l-informazzjoni tieg\u0127ek mis-sit web tal-bank tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard.", , (v) => "Ma stajniex inni\u017C\u017Clu l-informazzjoni tieg\u0127ek mis-sit web ta\u2019 " + v.provider + ". Er\u0121a\u2019 pprova aktar tard."],
  // code.301
  ["Is-sessjoni mal-bank tieg\u0127ek skadiet", "Is-sessjoni mal-bank tieg\u0127ek intemmet qabel ma spi\u010B\u010Ba l-a\u0121\u0121ornament. Dan jista\u2019 ji\u0121ri jekk tkun d\u0127alt ukoll minn x\u2019imkien ie\u0127or. Er\u0121a\u2019 pprova fi ftit minuti.", , (v) => "Is-sessjoni ma\u2019 " + v.provider + " intemmet qabel ma spi\u010B\u010Ba l-a\u0121\u0121ornament. Dan jista\u2019 ji\u0121ri jekk tkun d\u0127alt ukoll minn x\u2019imkien ie\u0127or. Er\u0121a\u2019 pprova fi ftit minuti."],
  // code.302
  ["Ma stajniex inlestu l-a\u0121\u0121ornament", "Is-sit web tal-bank tieg\u0127ek wera xi \u0127a\u0121a li g\u0127adna ma nistg\u0127ux nimmani\u0121\u0121jaw, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Ikkuntattjana biex inkunu nistg\u0127u nsolvu l-problema.", , (v) => "Is-sit web ta\u2019 " + v.provider + " wera xi \u0127a\u0121a li g\u0127adna ma nistg\u0127ux nimmani\u0121\u0121jaw, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Ikkuntattjana biex inkunu nistg\u0127u nsolvu l-problema."],
  // code.303
  ["Il-bank tieg\u0127ek irid isolvi problema", "Hemm problema min-na\u0127a tal-bank tieg\u0127ek li jista\u2019 jsolviha biss il-bank. M\u2019hemmx g\u0127alfejn tag\u0127mel xejn; er\u0121a\u2019 pprova aktar tard.", (v) => "Problema li trid ti\u0121i solvuta minn " + v.provider, (v) => "Hemm problema min-na\u0127a ta\u2019 " + v.provider + " li jistg\u0127u jsolvuha huma biss. M\u2019hemmx g\u0127alfejn tag\u0127mel xejn; er\u0121a\u2019 pprova aktar tard."],
  // code.304
  ["Problema bi\u010B-\u010Bertifikat tal-bank tieg\u0127ek", "I\u010B-\u010Bertifikat tas-sigurt\xE0 tal-bank tieg\u0127ek mhuwiex validu jew skada. Irid ji\u0121i m\u0121edded mill-bank, g\u0127alhekk er\u0121a\u2019 pprova aktar tard.", , (v) => "I\u010B-\u010Bertifikat tas-sigurt\xE0 ta\u2019 " + v.provider + " mhuwiex validu jew skada. Irid ji\u0121i m\u0121edded minn " + v.provider + ", g\u0127alhekk er\u0121a\u2019 pprova aktar tard."],
  // code.305
  ["Inqalg\u0127et problema min-na\u0127a tag\u0127na", "\u017Bball min-na\u0127a tag\u0127na waqqaf l-a\u0121\u0121ornament tal-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard."],
  // code.400
  ["Ma stajniex ni\u010B\u010Bekkjaw il-bilan\u010B tieg\u0127ek", "Ma stajniex ni\u010B\u010Bekkjaw il-bilan\u010B tal-kontijiet tieg\u0127ek, g\u0127alhekk jistg\u0127u ma jkunux a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard."],
  // code.401
  ["Ma stajniex nippro\u010Bessaw l-a\u0127\u0127ar informazzjoni", "Ma stajniex nippro\u010Bessaw l-a\u0127\u0127ar informazzjoni mill-bank tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard, u jekk dan jibqa\u2019 ji\u0121ri, ikkuntattjana.", , (v) => "Ma stajniex nippro\u010Bessaw l-a\u0127\u0127ar informazzjoni minn " + v.provider + ". Er\u0121a\u2019 pprova aktar tard, u jekk dan jibqa\u2019 ji\u0121ri, ikkuntattjana."],
  // code.402
  ["Il-kontijiet tieg\u0127ek huma a\u0121\u0121ornati", "Il-kontijiet tieg\u0127ek \u0121ew a\u0121\u0121ornati b\u2019su\u010B\u010Bess."],
  // category.1xx
  ["Il-bank tieg\u0127ek je\u0127tie\u0121 azzjoni minnek", "Il-bank tieg\u0127ek jitolbok tag\u0127mel xi \u0127a\u0121a qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Id\u0127ol fis-sit web tal-bank tieg\u0127ek biex tara d-dettalji, imbag\u0127ad er\u0121a\u2019 pprova.", (v) => v.provider + ": me\u0127tie\u0121a azzjoni minnek", (v) => "Trid tag\u0127mel xi \u0127a\u0121a g\u0127and " + v.provider + " qabel ma nkunu nistg\u0127u na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Id\u0127ol fis-sit web ta\u2019 " + v.provider + " biex tara d-dettalji, imbag\u0127ad er\u0121a\u2019 pprova."],
  // category.2xx
  ["Problema fis-sistema tal-bank tieg\u0127ek", "Hemm problema fis-sit web tal-bank tieg\u0127ek, g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard.", (v) => "Problema fis-sistema ta\u2019 " + v.provider, (v) => "Hemm problema fis-sit web ta\u2019 " + v.provider + ", g\u0127alhekk il-kontijiet tieg\u0127ek ma \u0121ewx a\u0121\u0121ornati. Er\u0121a\u2019 pprova aktar tard."],
  // category.3xx
  ["Inqalg\u0127et problema min-na\u0127a tag\u0127na", "\u017Bball min-na\u0127a tag\u0127na waqqaf l-a\u0121\u0121ornament tal-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard."],
  // category.4xx
  ["Inqalg\u0127et problema", "Ma stajniex na\u0121\u0121ornaw il-kontijiet tieg\u0127ek. Er\u0121a\u2019 pprova aktar tard, u jekk dan jibqa\u2019 ji\u0121ri, ikkuntattjana."],
  // unknown
  ["A\u0121\u0121orna"],
  // action.wait
  ["Er\u0121a\u2019 pprova"],
  // action.retry_later
  ["A\u0121\u0121orna d-dettalji"],
  // action.update_credentials
  ["A\u0121\u0121orna l-password"],
  // action.change_password
  ["Kif ti\u017Cblokka l-a\u010B\u010Bess"],
  // action.unblock_account
  ["Mur fis-sit tal-bank"],
  // action.act_on_provider_website
  ["I\u010B\u010Bekkja l-kuntratt"],
  // action.upgrade_contract
  ["Ikkonferma l-identit\xE0"],
  // action.authenticate
  ["\u0120edded i\u010B-\u010Bertifikat"],
  // action.renew_certificate
  ["Ikkuntattjana"],
  // action.contact_support
  ["Er\u0121a\u2019 kkonnettja"]
  // action.reconnect
] };

// generated/locales/nb.ts
var nb = { locale: "nb", rows: [
  ["Kontoene dine er oppdatert", "Vi har oppdatert kontoene dine med de nyeste opplysningene fra banken din.", , (v) => "Vi har oppdatert kontoene dine med de nyeste opplysningene fra " + v.provider + "."],
  // status.finished
  ["Oppdateringen starter snart", "Kontoene dine blir oppdatert om et \xF8yeblikk. Du trenger ikke \xE5 gj\xF8re noe."],
  // status.pending
  ["Kontoene dine oppdateres", "Vi henter de nyeste opplysningene fra banken din. Det kan ta et lite \xF8yeblikk.", , (v) => "Vi henter de nyeste opplysningene fra " + v.provider + ". Det kan ta et lite \xF8yeblikk."],
  // status.in_progress
  ["Oppdateringen fortsetter i bakgrunnen", "Du kan fortsette \xE5 bruke appen i mellomtiden. Kontoene dine blir oppdatert automatisk s\xE5 snart vi er ferdige."],
  // status.in_background_progress
  ["Banken din venter p\xE5 deg", "For \xE5 fullf\xF8re oppdateringen m\xE5 du gjennomf\xF8re steget banken din ber om, for eksempel \xE5 bekrefte identiteten din.", (v) => v.provider + " venter p\xE5 deg", (v) => "For \xE5 fullf\xF8re oppdateringen m\xE5 du gjennomf\xF8re steget " + v.provider + " ber om, for eksempel \xE5 bekrefte identiteten din."],
  // status.waiting_user
  ["Oppdateringen ble avbrutt", "Oppdateringen ble stoppet f\xF8r den var ferdig, s\xE5 kontoene dine er ikke oppdatert. Du kan starte den p\xE5 nytt n\xE5r du vil."],
  // status.cancelled
  ["Vi fikk ikke oppdatert kontoene dine", "Noe gikk galt under oppdateringen av kontoene dine. Pr\xF8v igjen senere."],
  // status.error
  ["Vedlikehold hos banken din", "Banken din har midlertidig stengt de digitale tjenestene sine p\xE5 grunn av vedlikehold, s\xE5 vi kan ikke oppdatere kontoene dine akkurat n\xE5. Pr\xF8v igjen senere.", (v) => "Vedlikehold hos " + v.provider, (v) => v.provider + " har midlertidig stengt de digitale tjenestene sine p\xE5 grunn av vedlikehold, s\xE5 vi kan ikke oppdatere kontoene dine akkurat n\xE5. Pr\xF8v igjen senere."],
  // status.maintenance
  ["Oppdateringen er planlagt", "Kontoene dine blir oppdatert automatisk senere. Du trenger ikke \xE5 gj\xF8re noe."],
  // status.scheduled
  ["Banken din er ikke tilgjengelig", "Vi f\xE5r ikke kontakt med banken din akkurat n\xE5, s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere.", (v) => v.provider + " er ikke tilgjengelig", (v) => "Vi f\xE5r ikke kontakt med " + v.provider + " akkurat n\xE5, s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere."],
  // status.unavailable
  ["Kontoene dine er oppdatert", "Kontoene dine ble oppdatert uten problemer."],
  // code.100
  ["Sjekk p\xE5loggingsinformasjonen din", "Banken din godtok ikke p\xE5loggingsinformasjonen din. Sjekk den og skriv den inn p\xE5 nytt for \xE5 koble til igjen.", , (v) => v.provider + " godtok ikke p\xE5loggingsinformasjonen din. Sjekk den og skriv den inn p\xE5 nytt for \xE5 koble til igjen."],
  // code.201
  ["Feil p\xE5loggingsinformasjon", "Banken din godtok ikke brukernavnet eller passordet ditt. For \xE5 koble til igjen m\xE5 du skrive inn p\xE5loggingsinformasjonen du bruker n\xE5.", , (v) => v.provider + " godtok ikke brukernavnet eller passordet ditt. For \xE5 koble til igjen m\xE5 du skrive inn p\xE5loggingsinformasjonen du bruker n\xE5."],
  // code.201.bad_credentials
  ["Nettbanken din er sperret", "Banken din har sperret tilgangen din til nettbanken. Kontakt banken for \xE5 f\xE5 opphevet sperringen, og koble deretter til igjen.", , (v) => v.provider + " har sperret tilgangen din til nettbanken. Kontakt " + v.provider + " for \xE5 f\xE5 opphevet sperringen, og koble deretter til igjen."],
  // code.201.account_blocked
  ["Passordet ditt er utl\xF8pt", "Banken din ber deg velge et nytt passord. Bytt det p\xE5 nettsidene til banken din, og koble deretter til igjen med det nye passordet.", , (v) => v.provider + " ber deg velge et nytt passord. Bytt det p\xE5 nettsidene til " + v.provider + ", og koble deretter til igjen med det nye passordet."],
  // code.201.password_expired
  ["Du m\xE5 gj\xF8re noe hos banken din", "Banken din ber deg gj\xF8re noe f\xF8r kontoene dine kan oppdateres. Logg inn p\xE5 nettsidene til banken din, f\xF8lg instruksjonene og pr\xF8v igjen etterp\xE5.", (v) => "Du m\xE5 gj\xF8re noe hos " + v.provider, (v) => v.provider + " ber deg gj\xF8re noe f\xF8r kontoene dine kan oppdateres. Logg inn p\xE5 nettsidene til " + v.provider + ", f\xF8lg instruksjonene og pr\xF8v igjen etterp\xE5."],
  // code.202
  ["Avtalen din dekker ikke dette", "Nettbankavtalen din omfatter ikke denne tjenesten. Be banken din om \xE5 utvide avtalen, og pr\xF8v deretter igjen.", , (v) => "Nettbankavtalen din omfatter ikke denne tjenesten. Be " + v.provider + " om \xE5 utvide avtalen, og pr\xF8v deretter igjen."],
  // code.203
  ["Bekreft identiteten din", "Av sikkerhetshensyn ber banken din deg bekrefte identiteten din f\xF8r kontoene dine kan oppdateres.", , (v) => "Av sikkerhetshensyn ber " + v.provider + " deg bekrefte identiteten din f\xF8r kontoene dine kan oppdateres."],
  // code.205
  ["Sertifikatet ditt er utl\xF8pt", "EBICS-sertifikatet ditt er ugyldig eller utl\xF8pt. Forny det hos banken din, og koble deretter til igjen.", , (v) => "EBICS-sertifikatet ditt er ugyldig eller utl\xF8pt. Forny det hos " + v.provider + ", og koble deretter til igjen."],
  // code.206
  ["Problem hos banken din", "Det oppstod en feil p\xE5 nettsidene til banken din, s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere.", (v) => "Problem hos " + v.provider, (v) => "Det oppstod en feil p\xE5 nettsidene til " + v.provider + ", s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere."],
  // code.300
  ["Vi fikk ikke hentet de nyeste opplysningene", "Vi fikk ikke lastet ned opplysningene dine fra nettsidene til banken din. Pr\xF8v igjen senere.", , (v) => "Vi fikk ikke lastet ned opplysningene dine fra nettsidene til " + v.provider + ". Pr\xF8v igjen senere."],
  // code.301
  ["\xD8kten hos banken er utl\xF8pt", "\xD8kten hos banken din ble avsluttet f\xF8r oppdateringen var ferdig. Dette kan skje hvis du er logget inn et annet sted samtidig. Pr\xF8v igjen om noen minutter.", , (v) => "\xD8kten hos " + v.provider + " ble avsluttet f\xF8r oppdateringen var ferdig. Dette kan skje hvis du er logget inn et annet sted samtidig. Pr\xF8v igjen om noen minutter."],
  // code.302
  ["Vi fikk ikke fullf\xF8rt oppdateringen", "Nettsidene til banken din viste noe vi ikke kan h\xE5ndtere enn\xE5, s\xE5 kontoene dine er ikke oppdatert. Kontakt kundeservice, s\xE5 vi kan l\xF8se det.", , (v) => "Nettsidene til " + v.provider + " viste noe vi ikke kan h\xE5ndtere enn\xE5, s\xE5 kontoene dine er ikke oppdatert. Kontakt kundeservice, s\xE5 vi kan l\xF8se det."],
  // code.303
  ["Banken din m\xE5 l\xF8se et problem", "Det er et problem hos banken din som bare banken selv kan l\xF8se. Du trenger ikke \xE5 gj\xF8re noe \u2013 bare pr\xF8v igjen senere.", (v) => v.provider + " m\xE5 l\xF8se et problem", (v) => "Det er et problem hos " + v.provider + " som bare de selv kan l\xF8se. Du trenger ikke \xE5 gj\xF8re noe \u2013 bare pr\xF8v igjen senere."],
  // code.304
  ["Problem med sertifikatet til banken din", "Sikkerhetssertifikatet til banken din er ugyldig eller utl\xF8pt. Banken m\xE5 fornye det, s\xE5 pr\xF8v igjen senere.", , (v) => "Sikkerhetssertifikatet til " + v.provider + " er ugyldig eller utl\xF8pt. " + v.provider + " m\xE5 fornye det, s\xE5 pr\xF8v igjen senere."],
  // code.305
  ["Noe gikk galt hos oss", "En feil hos oss gjorde at kontoene dine ikke ble oppdatert. Pr\xF8v igjen senere."],
  // code.400
  ["Vi fikk ikke sjekket saldoen", "Vi fikk ikke sjekket saldoen din, s\xE5 det er ikke sikkert at kontoene dine er oppdatert. Pr\xF8v igjen senere."],
  // code.401
  ["Vi fikk ikke behandlet de nyeste opplysningene", "Vi fikk ikke behandlet de nyeste opplysningene fra banken din. Pr\xF8v igjen senere, og kontakt kundeservice hvis problemet fortsetter.", , (v) => "Vi fikk ikke behandlet de nyeste opplysningene fra " + v.provider + ". Pr\xF8v igjen senere, og kontakt kundeservice hvis problemet fortsetter."],
  // code.402
  ["Kontoene dine er oppdatert", "Kontoene dine ble oppdatert uten problemer."],
  // category.1xx
  ["Du m\xE5 gj\xF8re noe hos banken din", "Banken din ber deg gj\xF8re noe f\xF8r kontoene dine kan oppdateres. Logg inn p\xE5 nettsidene til banken din for mer informasjon, og pr\xF8v igjen etterp\xE5.", (v) => "Du m\xE5 gj\xF8re noe hos " + v.provider, (v) => v.provider + " ber deg gj\xF8re noe f\xF8r kontoene dine kan oppdateres. Logg inn p\xE5 nettsidene til " + v.provider + " for mer informasjon, og pr\xF8v igjen etterp\xE5."],
  // category.2xx
  ["Problem hos banken din", "Det er problemer med nettsidene til banken din, s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere.", (v) => "Problem hos " + v.provider, (v) => "Det er problemer med nettsidene til " + v.provider + ", s\xE5 kontoene dine er ikke oppdatert. Pr\xF8v igjen senere."],
  // category.3xx
  ["Noe gikk galt hos oss", "En feil hos oss gjorde at kontoene dine ikke ble oppdatert. Pr\xF8v igjen senere."],
  // category.4xx
  ["Noe gikk galt", "Vi fikk ikke oppdatert kontoene dine. Pr\xF8v igjen senere, og kontakt kundeservice hvis problemet fortsetter."],
  // unknown
  ["Oppdater"],
  // action.wait
  ["Pr\xF8v igjen"],
  // action.retry_later
  ["Oppdater p\xE5loggingsinfo"],
  // action.update_credentials
  ["Skriv inn nytt passord"],
  // action.change_password
  ["F\xE5 opphevet sperringen"],
  // action.unblock_account
  ["G\xE5 til banken din"],
  // action.act_on_provider_website
  ["Se over avtalen din"],
  // action.upgrade_contract
  ["Bekreft identiteten din"],
  // action.authenticate
  ["Forny sertifikatet"],
  // action.renew_certificate
  ["Kontakt kundeservice"],
  // action.contact_support
  ["Koble til igjen"]
  // action.reconnect
] };

// generated/locales/nl.ts
var nl = { locale: "nl", rows: [
  ["Je rekeningen zijn up-to-date", "We hebben je rekeningen bijgewerkt met de nieuwste gegevens van je bank.", , (v) => "We hebben je rekeningen bijgewerkt met de nieuwste gegevens van " + v.provider + "."],
  // status.finished
  ["Bijwerken begint zo", "Je rekeningen worden zo meteen bijgewerkt. Je hoeft niets te doen."],
  // status.pending
  ["Je rekeningen worden bijgewerkt", "We halen de nieuwste gegevens op bij je bank. Dit kan even duren.", , (v) => "We halen de nieuwste gegevens op bij " + v.provider + ". Dit kan even duren."],
  // status.in_progress
  ["Bijwerken op de achtergrond", "Je kunt de app gewoon blijven gebruiken. Zodra het bijwerken klaar is, zie je automatisch de nieuwste gegevens."],
  // status.in_background_progress
  ["Je bank wacht op jou", "Rond de stap af waar je bank om vraagt, bijvoorbeeld bevestigen dat jij het bent. Daarna kunnen we je rekeningen verder bijwerken.", (v) => v.provider + " wacht op jou", (v) => "Rond de stap af waar " + v.provider + " om vraagt, bijvoorbeeld bevestigen dat jij het bent. Daarna kunnen we je rekeningen verder bijwerken."],
  // status.waiting_user
  ["Bijwerken geannuleerd", "Het bijwerken is gestopt, dus je rekeningen zijn niet bijgewerkt. Je kunt op elk moment opnieuw beginnen."],
  // status.cancelled
  ["Bijwerken is niet gelukt", "Er ging iets mis bij het bijwerken van je rekeningen. Probeer het later opnieuw."],
  // status.error
  ["Onderhoud bij je bank", "De onlinediensten van je bank zijn tijdelijk niet beschikbaar door onderhoud. Daarom kunnen we je rekeningen nu niet bijwerken. Probeer het later opnieuw.", (v) => "Onderhoud bij " + v.provider, (v) => "De onlinediensten van " + v.provider + " zijn tijdelijk niet beschikbaar door onderhoud. Daarom kunnen we je rekeningen nu niet bijwerken. Probeer het later opnieuw."],
  // status.maintenance
  ["Bijwerken ingepland", "Je rekeningen worden later automatisch bijgewerkt. Je hoeft niets te doen."],
  // status.scheduled
  ["Je bank is niet bereikbaar", "We kunnen je bank op dit moment niet bereiken, dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw.", (v) => v.provider + " is niet bereikbaar", (v) => "We kunnen " + v.provider + " op dit moment niet bereiken, dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw."],
  // status.unavailable
  ["Je rekeningen zijn up-to-date", "Het bijwerken van je rekeningen is gelukt."],
  // code.100
  ["Controleer je inloggegevens", "Je bank heeft je inloggegevens niet geaccepteerd. Controleer ze en log opnieuw in om de koppeling te herstellen.", , (v) => v.provider + " heeft je inloggegevens niet geaccepteerd. Controleer ze en log opnieuw in om de koppeling te herstellen."],
  // code.201
  ["Onjuiste inloggegevens", "Je bank heeft je gebruikersnaam of wachtwoord niet geaccepteerd. Vul je huidige inloggegevens in om de koppeling te herstellen.", , (v) => v.provider + " heeft je gebruikersnaam of wachtwoord niet geaccepteerd. Vul je huidige inloggegevens in om de koppeling te herstellen."],
  // code.201.bad_credentials
  ["Toegang tot internetbankieren geblokkeerd", "Je bank heeft je toegang tot internetbankieren geblokkeerd. Neem contact op met je bank om de blokkade op te heffen en herstel daarna de koppeling.", , (v) => v.provider + " heeft je toegang tot internetbankieren geblokkeerd. Neem contact op met " + v.provider + " om de blokkade op te heffen en herstel daarna de koppeling."],
  // code.201.account_blocked
  ["Je wachtwoord is verlopen", "Je bank vraagt je een nieuw wachtwoord in te stellen. Wijzig het op de website van je bank en herstel daarna de koppeling met je nieuwe wachtwoord.", , (v) => v.provider + " vraagt je een nieuw wachtwoord in te stellen. Wijzig het op de website van " + v.provider + " en herstel daarna de koppeling met je nieuwe wachtwoord."],
  // code.201.password_expired
  ["Actie nodig bij je bank", "Je bank vraagt je eerst iets te doen voordat we je rekeningen kunnen bijwerken. Log in op de website van je bank, volg de instructies en probeer het daarna opnieuw.", (v) => "Actie nodig bij " + v.provider, (v) => v.provider + " vraagt je eerst iets te doen voordat we je rekeningen kunnen bijwerken. Log in op de website van " + v.provider + ", volg de instructies en probeer het daarna opnieuw."],
  // code.202
  ["Je overeenkomst staat dit niet toe", "Deze dienst valt niet onder je overeenkomst voor internetbankieren. Vraag je bank om de overeenkomst uit te breiden en probeer het daarna opnieuw.", , (v) => "Deze dienst valt niet onder je overeenkomst voor internetbankieren. Vraag " + v.provider + " om de overeenkomst uit te breiden en probeer het daarna opnieuw."],
  // code.203
  ["Bevestig je identiteit", "Voor jouw veiligheid vraagt je bank je om eerst te bevestigen dat jij het bent. Daarna kunnen we je rekeningen bijwerken.", , (v) => "Voor jouw veiligheid vraagt " + v.provider + " je om eerst te bevestigen dat jij het bent. Daarna kunnen we je rekeningen bijwerken."],
  // code.205
  ["Je certificaat is verlopen", "Je EBICS-certificaat is ongeldig of verlopen. Vernieuw het bij je bank en herstel daarna de koppeling.", , (v) => "Je EBICS-certificaat is ongeldig of verlopen. Vernieuw het bij " + v.provider + " en herstel daarna de koppeling."],
  // code.206
  ["Probleem bij je bank", "Er ging iets mis op de website van je bank, dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw.", (v) => "Probleem bij " + v.provider, (v) => "Er ging iets mis op de website van " + v.provider + ", dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw."],
  // code.300
  ["Gegevens ophalen is niet gelukt", "We konden je gegevens niet ophalen van de website van je bank. Probeer het later opnieuw.", , (v) => "We konden je gegevens niet ophalen van de website van " + v.provider + ". Probeer het later opnieuw."],
  // code.301
  ["Je sessie bij je bank is verlopen", "Je sessie bij je bank is be\xEBindigd voordat het bijwerken klaar was. Dit kan gebeuren als je tegelijk ergens anders bent ingelogd. Probeer het over een paar minuten opnieuw.", , (v) => "Je sessie bij " + v.provider + " is be\xEBindigd voordat het bijwerken klaar was. Dit kan gebeuren als je tegelijk ergens anders bent ingelogd. Probeer het over een paar minuten opnieuw."],
  // code.302
  ["We konden het bijwerken niet afronden", "De website van je bank liet iets zien wat we nog niet kunnen verwerken, dus je rekeningen zijn niet bijgewerkt. Neem contact met ons op, zodat we dit kunnen oplossen.", , (v) => "De website van " + v.provider + " liet iets zien wat we nog niet kunnen verwerken, dus je rekeningen zijn niet bijgewerkt. Neem contact met ons op, zodat we dit kunnen oplossen."],
  // code.303
  ["Je bank moet een probleem oplossen", "Er is een probleem bij je bank dat alleen de bank zelf kan oplossen. Je hoeft niets te doen. Probeer het later opnieuw.", (v) => v.provider + " moet een probleem oplossen", (v) => "Er is een probleem bij " + v.provider + " dat alleen de bank zelf kan oplossen. Je hoeft niets te doen. Probeer het later opnieuw."],
  // code.304
  ["Probleem met het certificaat van je bank", "Het beveiligingscertificaat van je bank is ongeldig of verlopen. Je bank moet het vernieuwen. Probeer het later opnieuw.", , (v) => "Het beveiligingscertificaat van " + v.provider + " is ongeldig of verlopen. " + v.provider + " moet het vernieuwen. Probeer het later opnieuw."],
  // code.305
  ["Er ging iets mis bij ons", "Door een fout bij ons konden je rekeningen niet worden bijgewerkt. Probeer het later opnieuw."],
  // code.400
  ["Saldo controleren is niet gelukt", "We konden je saldo niet controleren, dus je rekeningen zijn misschien niet actueel. Probeer het later opnieuw."],
  // code.401
  ["Gegevens verwerken is niet gelukt", "We konden de nieuwste gegevens van je bank niet verwerken. Probeer het later opnieuw. Blijft dit gebeuren? Neem dan contact met ons op.", , (v) => "We konden de nieuwste gegevens van " + v.provider + " niet verwerken. Probeer het later opnieuw. Blijft dit gebeuren? Neem dan contact met ons op."],
  // code.402
  ["Je rekeningen zijn up-to-date", "Het bijwerken van je rekeningen is gelukt."],
  // category.1xx
  ["Actie nodig bij je bank", "Je bank vraagt je eerst iets te doen voordat we je rekeningen kunnen bijwerken. Log in op de website van je bank voor meer informatie en probeer het daarna opnieuw.", (v) => "Actie nodig bij " + v.provider, (v) => v.provider + " vraagt je eerst iets te doen voordat we je rekeningen kunnen bijwerken. Log in op de website van " + v.provider + " voor meer informatie en probeer het daarna opnieuw."],
  // category.2xx
  ["Probleem bij je bank", "Er is een probleem met de website van je bank, dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw.", (v) => "Probleem bij " + v.provider, (v) => "Er is een probleem met de website van " + v.provider + ", dus je rekeningen zijn niet bijgewerkt. Probeer het later opnieuw."],
  // category.3xx
  ["Er ging iets mis bij ons", "Door een fout bij ons konden je rekeningen niet worden bijgewerkt. Probeer het later opnieuw."],
  // category.4xx
  ["Er ging iets mis", "We konden je rekeningen niet bijwerken. Probeer het later opnieuw. Blijft dit gebeuren? Neem dan contact met ons op."],
  // unknown
  ["Vernieuwen"],
  // action.wait
  ["Opnieuw proberen"],
  // action.retry_later
  ["Inloggegevens bijwerken"],
  // action.update_credentials
  ["Wachtwoord bijwerken"],
  // action.change_password
  ["Hulp bij deblokkeren"],
  // action.unblock_account
  ["Naar je bank"],
  // action.act_on_provider_website
  ["Overeenkomst bekijken"],
  // action.upgrade_contract
  ["Identiteit bevestigen"],
  // action.authenticate
  ["Certificaat vernieuwen"],
  // action.renew_certificate
  ["Contact opnemen"],
  // action.contact_support
  ["Opnieuw koppelen"]
  // action.reconnect
] };

// generated/locales/pl.ts
var pl = { locale: "pl", rows: [
  ["Twoje konta s\u0105 aktualne", "Pobrali\u015Bmy najnowsze dane z\xA0Twojego banku i\xA0zaktualizowali\u015Bmy Twoje konta.", , (v) => "Pobrali\u015Bmy najnowsze dane z\xA0banku " + v.provider + " i\xA0zaktualizowali\u015Bmy Twoje konta."],
  // status.finished
  ["Aktualizacja zaraz si\u0119 rozpocznie", "Za chwil\u0119 zaktualizujemy Twoje konta. Nie musisz nic robi\u0107."],
  // status.pending
  ["Aktualizujemy Twoje konta", "Pobieramy najnowsze dane z\xA0Twojego banku. Mo\u017Ce to chwil\u0119 potrwa\u0107.", , (v) => "Pobieramy najnowsze dane z\xA0banku " + v.provider + ". Mo\u017Ce to chwil\u0119 potrwa\u0107."],
  // status.in_progress
  ["Aktualizacja w\xA0tle", "Mo\u017Cesz dalej korzysta\u0107 z\xA0aplikacji. Twoje konta zaktualizuj\u0105 si\u0119 automatycznie, gdy sko\u0144czymy."],
  // status.in_background_progress
  ["Bank czeka na Twoj\u0105 reakcj\u0119", "Aby doko\u0144czy\u0107 aktualizacj\u0119 kont, zr\xF3b to, o\xA0co prosi Tw\xF3j bank, np. potwierd\u017A swoj\u0105 to\u017Csamo\u015B\u0107.", (v) => "Bank " + v.provider + " czeka na Twoj\u0105 reakcj\u0119", (v) => "Aby doko\u0144czy\u0107 aktualizacj\u0119 kont, zr\xF3b to, o\xA0co prosi bank " + v.provider + ", np. potwierd\u017A swoj\u0105 to\u017Csamo\u015B\u0107."],
  // status.waiting_user
  ["Aktualizacja anulowana", "Aktualizacja zosta\u0142a przerwana, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Mo\u017Cesz j\u0105 uruchomi\u0107 ponownie w\xA0dowolnym momencie."],
  // status.cancelled
  ["Nie uda\u0142o si\u0119 zaktualizowa\u0107 kont", "Co\u015B posz\u0142o nie tak podczas aktualizacji kont. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // status.error
  ["Prace serwisowe w\xA0Twoim banku", "Bankowo\u015B\u0107 internetowa Twojego banku jest chwilowo niedost\u0119pna z\xA0powodu prac serwisowych, wi\u0119c nie mo\u017Cemy teraz zaktualizowa\u0107 Twoich kont. Spr\xF3buj ponownie p\xF3\u017Aniej.", (v) => "Prace serwisowe w\xA0banku " + v.provider, (v) => "Bankowo\u015B\u0107 internetowa banku " + v.provider + " jest chwilowo niedost\u0119pna z\xA0powodu prac serwisowych, wi\u0119c nie mo\u017Cemy teraz zaktualizowa\u0107 Twoich kont. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // status.maintenance
  ["Aktualizacja zaplanowana", "Twoje konta zaktualizujemy automatycznie p\xF3\u017Aniej. Nie musisz nic robi\u0107."],
  // status.scheduled
  ["Tw\xF3j bank jest niedost\u0119pny", "Nie mo\u017Cemy teraz po\u0142\u0105czy\u0107 si\u0119 z\xA0Twoim bankiem, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej.", (v) => "Bank " + v.provider + " jest niedost\u0119pny", (v) => "Nie mo\u017Cemy teraz po\u0142\u0105czy\u0107 si\u0119 z\xA0bankiem " + v.provider + ", wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // status.unavailable
  ["Twoje konta s\u0105 aktualne", "Twoje konta zosta\u0142y pomy\u015Blnie zaktualizowane."],
  // code.100
  ["Sprawd\u017A dane logowania", "Tw\xF3j bank nie zaakceptowa\u0142 podanych danych logowania. Sprawd\u017A je i\xA0wpisz ponownie, aby przywr\xF3ci\u0107 po\u0142\u0105czenie.", , (v) => "Bank " + v.provider + " nie zaakceptowa\u0142 podanych danych logowania. Sprawd\u017A je i\xA0wpisz ponownie, aby przywr\xF3ci\u0107 po\u0142\u0105czenie."],
  // code.201
  ["Nieprawid\u0142owe dane logowania", "Tw\xF3j bank nie zaakceptowa\u0142 loginu lub has\u0142a. Wpisz aktualne dane logowania, aby przywr\xF3ci\u0107 po\u0142\u0105czenie.", , (v) => "Bank " + v.provider + " nie zaakceptowa\u0142 loginu lub has\u0142a. Wpisz aktualne dane logowania, aby przywr\xF3ci\u0107 po\u0142\u0105czenie."],
  // code.201.bad_credentials
  ["Dost\u0119p do bankowo\u015Bci internetowej zablokowany", "Tw\xF3j bank zablokowa\u0142 Ci dost\u0119p do bankowo\u015Bci internetowej. Skontaktuj si\u0119 z\xA0bankiem, aby go odblokowa\u0107, a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie.", , (v) => "Bank " + v.provider + " zablokowa\u0142 Ci dost\u0119p do bankowo\u015Bci internetowej. Skontaktuj si\u0119 z\xA0bankiem, aby go odblokowa\u0107, a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie."],
  // code.201.account_blocked
  ["Twoje has\u0142o wygas\u0142o", "Tw\xF3j bank wymaga ustawienia nowego has\u0142a. Zmie\u0144 je na stronie internetowej banku, a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie, podaj\u0105c nowe has\u0142o.", , (v) => "Bank " + v.provider + " wymaga ustawienia nowego has\u0142a. Zmie\u0144 je na stronie internetowej banku, a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie, podaj\u0105c nowe has\u0142o."],
  // code.201.password_expired
  ["Wymagane dzia\u0142anie w\xA0Twoim banku", "Tw\xF3j bank prosi Ci\u0119 o\xA0wykonanie dodatkowej czynno\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta. Zaloguj si\u0119 na stronie internetowej banku, post\u0119puj zgodnie z\xA0instrukcjami i\xA0spr\xF3buj ponownie.", (v) => "Wymagane dzia\u0142anie w\xA0banku " + v.provider, (v) => "Bank " + v.provider + " prosi Ci\u0119 o\xA0wykonanie dodatkowej czynno\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta. Zaloguj si\u0119 na stronie internetowej banku, post\u0119puj zgodnie z\xA0instrukcjami i\xA0spr\xF3buj ponownie."],
  // code.202
  ["Twoja umowa na to nie pozwala", "Twoja umowa o\xA0bankowo\u015B\u0107 internetow\u0105 nie obejmuje tej us\u0142ugi. Popro\u015B sw\xF3j bank o\xA0rozszerzenie umowy, a\xA0potem spr\xF3buj ponownie.", , (v) => "Twoja umowa o\xA0bankowo\u015B\u0107 internetow\u0105 nie obejmuje tej us\u0142ugi. Popro\u015B bank " + v.provider + " o\xA0rozszerzenie umowy, a\xA0potem spr\xF3buj ponownie."],
  // code.203
  ["Potwierd\u017A swoj\u0105 to\u017Csamo\u015B\u0107", "Ze wzgl\u0119d\xF3w bezpiecze\u0144stwa Tw\xF3j bank prosi o\xA0potwierdzenie to\u017Csamo\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta.", , (v) => "Ze wzgl\u0119d\xF3w bezpiecze\u0144stwa bank " + v.provider + " prosi o\xA0potwierdzenie to\u017Csamo\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta."],
  // code.205
  ["Tw\xF3j certyfikat wygas\u0142", "Tw\xF3j certyfikat EBICS jest niewa\u017Cny lub wygas\u0142. Odn\xF3w go w\xA0swoim banku, a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie.", , (v) => "Tw\xF3j certyfikat EBICS jest niewa\u017Cny lub wygas\u0142. Odn\xF3w go w\xA0banku " + v.provider + ", a\xA0potem przywr\xF3\u0107 po\u0142\u0105czenie."],
  // code.206
  ["Problem w\xA0Twoim banku", "Na stronie internetowej Twojego banku wyst\u0105pi\u0142 b\u0142\u0105d, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej.", (v) => "Problem w\xA0banku " + v.provider, (v) => "Na stronie internetowej banku " + v.provider + " wyst\u0105pi\u0142 b\u0142\u0105d, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.300
  ["Nie uda\u0142o si\u0119 pobra\u0107 najnowszych danych", "Nie uda\u0142o nam si\u0119 pobra\u0107 danych ze strony internetowej Twojego banku. Spr\xF3buj ponownie p\xF3\u017Aniej.", , (v) => "Nie uda\u0142o nam si\u0119 pobra\u0107 danych ze strony internetowej banku " + v.provider + ". Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.301
  ["Twoja sesja w\xA0banku wygas\u0142a", "Twoja sesja w\xA0banku wygas\u0142a, zanim aktualizacja si\u0119 zako\u0144czy\u0142a. Mo\u017Ce si\u0119 tak zdarzy\u0107, je\u015Bli w\xA0tym samym czasie logujesz si\u0119 do banku gdzie indziej. Spr\xF3buj ponownie za kilka minut.", , (v) => "Twoja sesja w\xA0banku " + v.provider + " wygas\u0142a, zanim aktualizacja si\u0119 zako\u0144czy\u0142a. Mo\u017Ce si\u0119 tak zdarzy\u0107, je\u015Bli w\xA0tym samym czasie logujesz si\u0119 do banku gdzie indziej. Spr\xF3buj ponownie za kilka minut."],
  // code.302
  ["Nie uda\u0142o si\u0119 doko\u0144czy\u0107 aktualizacji", "Na stronie internetowej Twojego banku pojawi\u0142o si\u0119 co\u015B, czego jeszcze nie obs\u0142ugujemy, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Skontaktuj si\u0119 z\xA0nami, aby\u015Bmy mogli to naprawi\u0107.", , (v) => "Na stronie internetowej banku " + v.provider + " pojawi\u0142o si\u0119 co\u015B, czego jeszcze nie obs\u0142ugujemy, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Skontaktuj si\u0119 z\xA0nami, aby\u015Bmy mogli to naprawi\u0107."],
  // code.303
  ["Problem po stronie Twojego banku", "Problem le\u017Cy po stronie Twojego banku i\xA0tylko bank mo\u017Ce go usun\u0105\u0107. Nie musisz nic robi\u0107 \u2013 spr\xF3buj ponownie p\xF3\u017Aniej.", (v) => "Problem po stronie banku " + v.provider, (v) => "Problem le\u017Cy po stronie banku " + v.provider + " i\xA0tylko bank mo\u017Ce go usun\u0105\u0107. Nie musisz nic robi\u0107 \u2013 spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.304
  ["Problem z\xA0certyfikatem Twojego banku", "Certyfikat bezpiecze\u0144stwa Twojego banku jest niewa\u017Cny lub wygas\u0142. Bank musi go odnowi\u0107, wi\u0119c spr\xF3buj ponownie p\xF3\u017Aniej.", , (v) => "Certyfikat bezpiecze\u0144stwa banku " + v.provider + " jest niewa\u017Cny lub wygas\u0142. Bank musi go odnowi\u0107, wi\u0119c spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.305
  ["Wyst\u0105pi\u0142 b\u0142\u0105d po naszej stronie", "Z\xA0powodu b\u0142\u0119du po naszej stronie nie uda\u0142o si\u0119 zaktualizowa\u0107 Twoich kont. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.400
  ["Nie uda\u0142o si\u0119 sprawdzi\u0107 salda", "Nie uda\u0142o nam si\u0119 sprawdzi\u0107 salda, wi\u0119c informacje o\xA0Twoich kontach mog\u0105 by\u0107 nieaktualne. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // code.401
  ["Nie uda\u0142o si\u0119 przetworzy\u0107 najnowszych danych", "Nie uda\u0142o nam si\u0119 przetworzy\u0107 najnowszych danych z\xA0Twojego banku. Spr\xF3buj ponownie p\xF3\u017Aniej, a\xA0je\u015Bli problem b\u0119dzie si\u0119 powtarza\u0142, skontaktuj si\u0119 z\xA0nami.", , (v) => "Nie uda\u0142o nam si\u0119 przetworzy\u0107 najnowszych danych z\xA0banku " + v.provider + ". Spr\xF3buj ponownie p\xF3\u017Aniej, a\xA0je\u015Bli problem b\u0119dzie si\u0119 powtarza\u0142, skontaktuj si\u0119 z\xA0nami."],
  // code.402
  ["Twoje konta s\u0105 aktualne", "Twoje konta zosta\u0142y pomy\u015Blnie zaktualizowane."],
  // category.1xx
  ["Wymagane dzia\u0142anie w\xA0Twoim banku", "Tw\xF3j bank prosi Ci\u0119 o\xA0wykonanie dodatkowej czynno\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta. Zaloguj si\u0119 na stronie internetowej banku, aby pozna\u0107 szczeg\xF3\u0142y, a\xA0potem spr\xF3buj ponownie.", (v) => "Wymagane dzia\u0142anie w\xA0banku " + v.provider, (v) => "Bank " + v.provider + " prosi Ci\u0119 o\xA0wykonanie dodatkowej czynno\u015Bci, zanim b\u0119dzie mo\u017Cna zaktualizowa\u0107 konta. Zaloguj si\u0119 na stronie internetowej banku, aby pozna\u0107 szczeg\xF3\u0142y, a\xA0potem spr\xF3buj ponownie."],
  // category.2xx
  ["Problem w\xA0Twoim banku", "Wyst\u0105pi\u0142 problem ze stron\u0105 internetow\u0105 Twojego banku, wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej.", (v) => "Problem w\xA0banku " + v.provider, (v) => "Wyst\u0105pi\u0142 problem ze stron\u0105 internetow\u0105 banku " + v.provider + ", wi\u0119c Twoje konta nie zosta\u0142y zaktualizowane. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // category.3xx
  ["Wyst\u0105pi\u0142 b\u0142\u0105d po naszej stronie", "Z\xA0powodu b\u0142\u0119du po naszej stronie nie uda\u0142o si\u0119 zaktualizowa\u0107 Twoich kont. Spr\xF3buj ponownie p\xF3\u017Aniej."],
  // category.4xx
  ["Co\u015B posz\u0142o nie tak", "Nie uda\u0142o nam si\u0119 zaktualizowa\u0107 Twoich kont. Spr\xF3buj ponownie p\xF3\u017Aniej, a\xA0je\u015Bli problem b\u0119dzie si\u0119 powtarza\u0142, skontaktuj si\u0119 z\xA0nami."],
  // unknown
  ["Od\u015Bwie\u017C"],
  // action.wait
  ["Spr\xF3buj ponownie"],
  // action.retry_later
  ["Wpisz dane logowania"],
  // action.update_credentials
  ["Zaktualizuj has\u0142o"],
  // action.change_password
  ["Jak odblokowa\u0107 dost\u0119p"],
  // action.unblock_account
  ["Przejd\u017A do strony banku"],
  // action.act_on_provider_website
  ["Sprawd\u017A umow\u0119"],
  // action.upgrade_contract
  ["Potwierd\u017A to\u017Csamo\u015B\u0107"],
  // action.authenticate
  ["Odn\xF3w certyfikat"],
  // action.renew_certificate
  ["Skontaktuj si\u0119 z\xA0nami"],
  // action.contact_support
  ["Po\u0142\u0105cz ponownie"]
  // action.reconnect
] };

// generated/locales/pt.ts
var pt = { locale: "pt", rows: [
  ["As suas contas est\xE3o atualizadas", "Atualiz\xE1mos as suas contas com as informa\xE7\xF5es mais recentes do seu banco.", , (v) => "Atualiz\xE1mos as suas contas com as informa\xE7\xF5es mais recentes do banco " + v.provider + "."],
  // status.finished
  ["A atualiza\xE7\xE3o vai come\xE7ar", "As suas contas v\xE3o ser atualizadas dentro de momentos. N\xE3o precisa de fazer nada."],
  // status.pending
  ["A atualizar as suas contas", "Estamos a obter as informa\xE7\xF5es mais recentes do seu banco. Isto pode demorar alguns instantes.", , (v) => "Estamos a obter as informa\xE7\xF5es mais recentes do banco " + v.provider + ". Isto pode demorar alguns instantes."],
  // status.in_progress
  ["A atualizar em segundo plano", "Pode continuar a utilizar a aplica\xE7\xE3o. As suas contas ser\xE3o atualizadas automaticamente quando o processo terminar."],
  // status.in_background_progress
  ["O seu banco aguarda uma a\xE7\xE3o sua", "Para terminar a atualiza\xE7\xE3o das suas contas, conclua o passo que o seu banco lhe pede, como confirmar a sua identidade.", (v) => "O banco " + v.provider + " aguarda uma a\xE7\xE3o sua", (v) => "Para terminar a atualiza\xE7\xE3o das suas contas, conclua o passo que o banco " + v.provider + " lhe pede, como confirmar a sua identidade."],
  // status.waiting_user
  ["Atualiza\xE7\xE3o cancelada", "A atualiza\xE7\xE3o foi interrompida, por isso as suas contas n\xE3o foram atualizadas. Pode voltar a inici\xE1-la a qualquer momento."],
  // status.cancelled
  ["N\xE3o foi poss\xEDvel atualizar as suas contas", "Ocorreu um erro ao atualizar as suas contas. Tente novamente mais tarde."],
  // status.error
  ["O seu banco est\xE1 em manuten\xE7\xE3o", "Os servi\xE7os online do seu banco est\xE3o em manuten\xE7\xE3o, por isso n\xE3o conseguimos atualizar as suas contas neste momento. Tente novamente mais tarde.", (v) => v.provider + " em manuten\xE7\xE3o", (v) => "Os servi\xE7os online do banco " + v.provider + " est\xE3o em manuten\xE7\xE3o, por isso n\xE3o conseguimos atualizar as suas contas neste momento. Tente novamente mais tarde."],
  // status.maintenance
  ["Atualiza\xE7\xE3o agendada", "As suas contas ser\xE3o atualizadas automaticamente mais tarde. N\xE3o precisa de fazer nada."],
  // status.scheduled
  ["O seu banco est\xE1 indispon\xEDvel", "Neste momento n\xE3o conseguimos estabelecer liga\xE7\xE3o ao seu banco, por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde.", (v) => v.provider + " indispon\xEDvel", (v) => "Neste momento n\xE3o conseguimos estabelecer liga\xE7\xE3o ao banco " + v.provider + ", por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde."],
  // status.unavailable
  ["As suas contas est\xE3o atualizadas", "As suas contas foram atualizadas com sucesso."],
  // code.100
  ["Verifique os seus dados de acesso", "O seu banco n\xE3o aceitou os seus dados de acesso. Verifique-os e introduza-os novamente para restabelecer a liga\xE7\xE3o.", , (v) => "O banco " + v.provider + " n\xE3o aceitou os seus dados de acesso. Verifique-os e introduza-os novamente para restabelecer a liga\xE7\xE3o."],
  // code.201
  ["Dados de acesso incorretos", "O seu banco n\xE3o aceitou o seu nome de utilizador ou a sua palavra-passe. Introduza os seus dados de acesso atuais para restabelecer a liga\xE7\xE3o.", , (v) => "O banco " + v.provider + " n\xE3o aceitou o seu nome de utilizador ou a sua palavra-passe. Introduza os seus dados de acesso atuais para restabelecer a liga\xE7\xE3o."],
  // code.201.bad_credentials
  ["Acesso ao homebanking bloqueado", "O seu banco bloqueou o seu acesso ao homebanking. Contacte-o para pedir o desbloqueio e, depois, restabele\xE7a a liga\xE7\xE3o.", , (v) => "O banco " + v.provider + " bloqueou o seu acesso ao homebanking. Contacte-o para pedir o desbloqueio e, depois, restabele\xE7a a liga\xE7\xE3o."],
  // code.201.account_blocked
  ["A sua palavra-passe expirou", "O seu banco pede-lhe que defina uma nova palavra-passe. Altere-a no site do seu banco e, depois, restabele\xE7a a liga\xE7\xE3o com a nova palavra-passe.", , (v) => "O banco " + v.provider + " pede-lhe que defina uma nova palavra-passe. Altere-a no site do banco " + v.provider + " e, depois, restabele\xE7a a liga\xE7\xE3o com a nova palavra-passe."],
  // code.201.password_expired
  ["A\xE7\xE3o necess\xE1ria no seu banco", "O seu banco precisa que fa\xE7a algo antes de podermos atualizar as suas contas. Aceda ao site do seu banco, siga as instru\xE7\xF5es e, depois, tente novamente.", (v) => "A\xE7\xE3o necess\xE1ria no banco " + v.provider, (v) => "O banco " + v.provider + " precisa que fa\xE7a algo antes de podermos atualizar as suas contas. Aceda ao site do banco " + v.provider + ", siga as instru\xE7\xF5es e, depois, tente novamente."],
  // code.202
  ["O seu contrato n\xE3o inclui este servi\xE7o", "O seu contrato de homebanking n\xE3o inclui este servi\xE7o. Pe\xE7a ao seu banco para o alterar e, depois, tente novamente.", , (v) => "O seu contrato de homebanking n\xE3o inclui este servi\xE7o. Pe\xE7a ao banco " + v.provider + " para o alterar e, depois, tente novamente."],
  // code.203
  ["Confirme a sua identidade", "Para sua seguran\xE7a, o seu banco precisa que confirme a sua identidade antes de podermos atualizar as suas contas.", , (v) => "Para sua seguran\xE7a, o banco " + v.provider + " precisa que confirme a sua identidade antes de podermos atualizar as suas contas."],
  // code.205
  ["O seu certificado j\xE1 n\xE3o \xE9 v\xE1lido", "O seu certificado EBICS \xE9 inv\xE1lido ou expirou. Renove-o junto do seu banco e, depois, restabele\xE7a a liga\xE7\xE3o.", , (v) => "O seu certificado EBICS \xE9 inv\xE1lido ou expirou. Renove-o junto do banco " + v.provider + " e, depois, restabele\xE7a a liga\xE7\xE3o."],
  // code.206
  ["Problema no seu banco", "O site do seu banco teve um problema, por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde.", (v) => "Problema no banco " + v.provider, (v) => "O site do banco " + v.provider + " teve um problema, por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde."],
  // code.300
  ["N\xE3o foi poss\xEDvel obter os dados mais recentes", "N\xE3o conseguimos descarregar as suas informa\xE7\xF5es do site do seu banco. Tente novamente mais tarde.", , (v) => "N\xE3o conseguimos descarregar as suas informa\xE7\xF5es do site do banco " + v.provider + ". Tente novamente mais tarde."],
  // code.301
  ["A sess\xE3o no seu banco expirou", "A sess\xE3o no seu banco terminou antes de a atualiza\xE7\xE3o estar conclu\xEDda. Isto pode acontecer se tiver uma sess\xE3o iniciada noutro local. Tente novamente dentro de alguns minutos.", , (v) => "A sess\xE3o no banco " + v.provider + " terminou antes de a atualiza\xE7\xE3o estar conclu\xEDda. Isto pode acontecer se tiver uma sess\xE3o iniciada noutro local. Tente novamente dentro de alguns minutos."],
  // code.302
  ["N\xE3o conseguimos concluir a atualiza\xE7\xE3o", "O site do seu banco apresentou algo que ainda n\xE3o conseguimos processar, por isso as suas contas n\xE3o foram atualizadas. Contacte o apoio ao cliente para podermos resolver a situa\xE7\xE3o.", , (v) => "O site do banco " + v.provider + " apresentou algo que ainda n\xE3o conseguimos processar, por isso as suas contas n\xE3o foram atualizadas. Contacte o apoio ao cliente para podermos resolver a situa\xE7\xE3o."],
  // code.303
  ["O seu banco tem de resolver um problema", "H\xE1 um problema do lado do seu banco que s\xF3 o pr\xF3prio banco pode resolver. N\xE3o precisa de fazer nada; tente novamente mais tarde.", (v) => "O banco " + v.provider + " tem de resolver um problema", (v) => "H\xE1 um problema do lado do banco " + v.provider + " que s\xF3 o pr\xF3prio banco pode resolver. N\xE3o precisa de fazer nada; tente novamente mais tarde."],
  // code.304
  ["Problema com o certificado do seu banco", "O certificado de seguran\xE7a do seu banco \xE9 inv\xE1lido ou expirou. O banco tem de o renovar, por isso tente novamente mais tarde.", , (v) => "O certificado de seguran\xE7a do banco " + v.provider + " \xE9 inv\xE1lido ou expirou. O banco " + v.provider + " tem de o renovar, por isso tente novamente mais tarde."],
  // code.305
  ["Ocorreu um erro do nosso lado", "Um erro do nosso lado impediu a atualiza\xE7\xE3o das suas contas. Tente novamente mais tarde."],
  // code.400
  ["N\xE3o foi poss\xEDvel verificar o seu saldo", "N\xE3o conseguimos verificar o saldo das suas contas, por isso podem n\xE3o estar atualizadas. Tente novamente mais tarde."],
  // code.401
  ["N\xE3o foi poss\xEDvel processar os dados recebidos", "N\xE3o conseguimos processar as informa\xE7\xF5es mais recentes do seu banco. Tente novamente mais tarde e, se o problema persistir, contacte o apoio ao cliente.", , (v) => "N\xE3o conseguimos processar as informa\xE7\xF5es mais recentes do banco " + v.provider + ". Tente novamente mais tarde e, se o problema persistir, contacte o apoio ao cliente."],
  // code.402
  ["As suas contas est\xE3o atualizadas", "As suas contas foram atualizadas com sucesso."],
  // category.1xx
  ["A\xE7\xE3o necess\xE1ria no seu banco", "O seu banco precisa que fa\xE7a algo antes de podermos atualizar as suas contas. Aceda ao site do seu banco para saber mais e, depois, tente novamente.", (v) => "A\xE7\xE3o necess\xE1ria no banco " + v.provider, (v) => "O banco " + v.provider + " precisa que fa\xE7a algo antes de podermos atualizar as suas contas. Aceda ao site do banco " + v.provider + " para saber mais e, depois, tente novamente."],
  // category.2xx
  ["Problema no seu banco", "H\xE1 um problema no site do seu banco, por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde.", (v) => "Problema no banco " + v.provider, (v) => "H\xE1 um problema no site do banco " + v.provider + ", por isso as suas contas n\xE3o foram atualizadas. Tente novamente mais tarde."],
  // category.3xx
  ["Ocorreu um erro do nosso lado", "Um erro do nosso lado impediu a atualiza\xE7\xE3o das suas contas. Tente novamente mais tarde."],
  // category.4xx
  ["Ocorreu um erro", "N\xE3o conseguimos atualizar as suas contas. Tente novamente mais tarde e, se o problema persistir, contacte o apoio ao cliente."],
  // unknown
  ["Atualizar"],
  // action.wait
  ["Tentar novamente"],
  // action.retry_later
  ["Alterar dados de acesso"],
  // action.update_credentials
  ["Atualizar palavra-passe"],
  // action.change_password
  ["Como desbloquear"],
  // action.unblock_account
  ["Ir para o site do banco"],
  // action.act_on_provider_website
  ["Verificar o seu contrato"],
  // action.upgrade_contract
  ["Confirmar identidade"],
  // action.authenticate
  ["Renovar certificado"],
  // action.renew_certificate
  ["Contactar o apoio"],
  // action.contact_support
  ["Restabelecer liga\xE7\xE3o"]
  // action.reconnect
] };

// generated/locales/ro.ts
var ro = { locale: "ro", rows: [
  ["Conturile tale sunt actualizate", "\u021Ai-am actualizat conturile cu cele mai noi informa\u021Bii de la banca ta.", , (v) => "\u021Ai-am actualizat conturile cu cele mai noi informa\u021Bii de la " + v.provider + "."],
  // status.finished
  ["Actualizarea \xEEncepe \xEEn cur\xE2nd", "Conturile tale vor fi actualizate \xEEn c\xE2teva clipe. Nu trebuie s\u0103 faci nimic."],
  // status.pending
  ["\xCE\u021Bi actualiz\u0103m conturile", "Prelu\u0103m cele mai noi informa\u021Bii de la banca ta. Poate dura c\xE2teva clipe.", , (v) => "Prelu\u0103m cele mai noi informa\u021Bii de la " + v.provider + ". Poate dura c\xE2teva clipe."],
  // status.in_progress
  ["Actualizarea continu\u0103 \xEEn fundal", "Po\u021Bi folosi \xEEn continuare aplica\u021Bia. Conturile tale vor fi actualizate automat imediat ce procesul se \xEEncheie."],
  // status.in_background_progress
  ["Banca ta a\u0219teapt\u0103 o ac\u021Biune de la tine", "Pentru a finaliza actualizarea conturilor, parcurge pasul cerut de banca ta, de exemplu confirmarea identit\u0103\u021Bii.", (v) => v.provider + " a\u0219teapt\u0103 o ac\u021Biune de la tine", (v) => "Pentru a finaliza actualizarea conturilor, parcurge pasul cerut de " + v.provider + ", de exemplu confirmarea identit\u0103\u021Bii."],
  // status.waiting_user
  ["Actualizare anulat\u0103", "Actualizarea a fost oprit\u0103, a\u0219a c\u0103 conturile tale nu au fost actualizate. O po\u021Bi porni din nou oric\xE2nd."],
  // status.cancelled
  ["Nu am putut actualiza conturile", "A ap\u0103rut o problem\u0103 la actualizarea conturilor tale. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // status.error
  ["Lucr\u0103ri de mentenan\u021B\u0103 la banca ta", "Banca ta face lucr\u0103ri de mentenan\u021B\u0103 la serviciile online, a\u0219a c\u0103 momentan nu \xEE\u021Bi putem actualiza conturile. \xCEncearc\u0103 din nou mai t\xE2rziu.", (v) => "Lucr\u0103ri de mentenan\u021B\u0103 la " + v.provider, (v) => v.provider + " face lucr\u0103ri de mentenan\u021B\u0103 la serviciile online, a\u0219a c\u0103 momentan nu \xEE\u021Bi putem actualiza conturile. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // status.maintenance
  ["Actualizare programat\u0103", "Conturile tale vor fi actualizate automat mai t\xE2rziu. Nu trebuie s\u0103 faci nimic."],
  // status.scheduled
  ["Banca ta nu r\u0103spunde momentan", "Momentan nu ne putem conecta la banca ta, a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu.", (v) => v.provider + " nu r\u0103spunde momentan", (v) => "Momentan nu ne putem conecta la " + v.provider + ", a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // status.unavailable
  ["Conturile tale sunt actualizate", "Conturile tale au fost actualizate cu succes."],
  // code.100
  ["Verific\u0103 datele de autentificare", "Banca ta nu a acceptat datele tale de autentificare. Verific\u0103-le \u0219i introdu-le din nou ca s\u0103 te reconectezi.", , (v) => v.provider + " nu a acceptat datele tale de autentificare. Verific\u0103-le \u0219i introdu-le din nou ca s\u0103 te reconectezi."],
  // code.201
  ["Date de autentificare incorecte", "Banca ta nu a acceptat numele de utilizator sau parola. Introdu datele de autentificare actuale ca s\u0103 te reconectezi.", , (v) => v.provider + " nu a acceptat numele de utilizator sau parola. Introdu datele de autentificare actuale ca s\u0103 te reconectezi."],
  // code.201.bad_credentials
  ["Accesul la Internet Banking este blocat", "Banca ta \u021Bi-a blocat accesul la Internet Banking. Contacteaz\u0103 banca pentru deblocare, apoi reconecteaz\u0103-te.", , (v) => v.provider + " \u021Bi-a blocat accesul la Internet Banking. Contacteaz\u0103 " + v.provider + " pentru deblocare, apoi reconecteaz\u0103-te."],
  // code.201.account_blocked
  ["Parola ta a expirat", "Banca ta \xEE\u021Bi cere s\u0103 setezi o parol\u0103 nou\u0103. Schimb\u0103 parola pe site-ul b\u0103ncii tale, apoi reconecteaz\u0103-te cu cea nou\u0103.", , (v) => v.provider + " \xEE\u021Bi cere s\u0103 setezi o parol\u0103 nou\u0103. Schimb\u0103 parola pe site-ul " + v.provider + ", apoi reconecteaz\u0103-te cu cea nou\u0103."],
  // code.201.password_expired
  ["Banca ta \xEE\u021Bi cere o ac\u021Biune", "Banca ta \xEE\u021Bi cere s\u0103 faci ceva \xEEnainte s\u0103-\u021Bi putem actualiza conturile. Autentific\u0103-te pe site-ul b\u0103ncii tale, urmeaz\u0103 instruc\u021Biunile, apoi \xEEncearc\u0103 din nou.", (v) => v.provider + " \xEE\u021Bi cere o ac\u021Biune", (v) => v.provider + " \xEE\u021Bi cere s\u0103 faci ceva \xEEnainte s\u0103-\u021Bi putem actualiza conturile. Autentific\u0103-te pe site-ul " + v.provider + ", urmeaz\u0103 instruc\u021Biunile, apoi \xEEncearc\u0103 din nou."],
  // code.202
  ["Contractul t\u0103u nu permite acest lucru", "Contractul t\u0103u de Internet Banking nu include acest serviciu. Cere b\u0103ncii tale s\u0103-l extind\u0103, apoi \xEEncearc\u0103 din nou.", , (v) => "Contractul t\u0103u de Internet Banking nu include acest serviciu. Solicit\u0103 la " + v.provider + " extinderea contractului, apoi \xEEncearc\u0103 din nou."],
  // code.203
  ["Confirm\u0103-\u021Bi identitatea", "Din motive de securitate, banca ta \xEE\u021Bi cere s\u0103-\u021Bi confirmi identitatea \xEEnainte de actualizarea conturilor.", , (v) => "Din motive de securitate, " + v.provider + " \xEE\u021Bi cere s\u0103-\u021Bi confirmi identitatea \xEEnainte de actualizarea conturilor."],
  // code.205
  ["Certificatul t\u0103u a expirat", "Certificatul t\u0103u EBICS nu este valid sau a expirat. Re\xEEnnoie\u0219te-l la banca ta, apoi reconecteaz\u0103-te.", , (v) => "Certificatul t\u0103u EBICS nu este valid sau a expirat. Re\xEEnnoie\u0219te-l la " + v.provider + ", apoi reconecteaz\u0103-te."],
  // code.206
  ["Problem\u0103 la banca ta", "Pe site-ul b\u0103ncii tale a ap\u0103rut o eroare, a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu.", (v) => "Problem\u0103 la " + v.provider, (v) => "Pe site-ul " + v.provider + " a ap\u0103rut o eroare, a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // code.300
  ["Nu am putut prelua cele mai noi date", "Nu am putut desc\u0103rca informa\u021Biile de pe site-ul b\u0103ncii tale. \xCEncearc\u0103 din nou mai t\xE2rziu.", , (v) => "Nu am putut desc\u0103rca informa\u021Biile de pe site-ul " + v.provider + ". \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // code.301
  ["Sesiunea cu banca ta a expirat", "Sesiunea cu banca ta s-a \xEEncheiat \xEEnainte de finalizarea actualiz\u0103rii. Se poate \xEEnt\xE2mpla dac\u0103 te-ai conectat \u0219i din alt\u0103 parte. \xCEncearc\u0103 din nou peste c\xE2teva minute.", , (v) => "Sesiunea cu " + v.provider + " s-a \xEEncheiat \xEEnainte de finalizarea actualiz\u0103rii. Se poate \xEEnt\xE2mpla dac\u0103 te-ai conectat \u0219i din alt\u0103 parte. \xCEncearc\u0103 din nou peste c\xE2teva minute."],
  // code.302
  ["Nu am putut finaliza actualizarea", "Site-ul b\u0103ncii tale a afi\u0219at ceva ce nu putem gestiona \xEEnc\u0103, a\u0219a c\u0103 conturile tale nu au fost actualizate. Contacteaz\u0103-ne ca s\u0103 putem rezolva problema.", , (v) => "Site-ul " + v.provider + " a afi\u0219at ceva ce nu putem gestiona \xEEnc\u0103, a\u0219a c\u0103 conturile tale nu au fost actualizate. Contacteaz\u0103-ne ca s\u0103 putem rezolva problema."],
  // code.303
  ["Banca ta trebuie s\u0103 rezolve o problem\u0103", "Exist\u0103 o problem\u0103 tehnic\u0103 pe care doar banca ta o poate rezolva. Nu trebuie s\u0103 faci nimic, doar \xEEncearc\u0103 din nou mai t\xE2rziu.", (v) => v.provider + " trebuie s\u0103 rezolve o problem\u0103", (v) => "Exist\u0103 o problem\u0103 tehnic\u0103 pe care doar " + v.provider + " o poate rezolva. Nu trebuie s\u0103 faci nimic, doar \xEEncearc\u0103 din nou mai t\xE2rziu."],
  // code.304
  ["Problem\u0103 cu certificatul b\u0103ncii tale", "Certificatul de securitate al b\u0103ncii tale nu este valid sau a expirat. Banca trebuie s\u0103-l re\xEEnnoiasc\u0103, a\u0219a c\u0103 \xEEncearc\u0103 din nou mai t\xE2rziu.", , (v) => "Certificatul de securitate folosit de " + v.provider + " nu este valid sau a expirat. " + v.provider + " trebuie s\u0103-l re\xEEnnoiasc\u0103, a\u0219a c\u0103 \xEEncearc\u0103 din nou mai t\xE2rziu."],
  // code.305
  ["A ap\u0103rut o eroare din partea noastr\u0103", "O eroare \xEEn sistemele noastre a \xEEmpiedicat actualizarea conturilor tale. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // code.400
  ["Nu am putut verifica soldul", "Nu am putut verifica soldul conturilor tale, a\u0219a c\u0103 este posibil ca acestea s\u0103 nu fie la zi. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // code.401
  ["Nu am putut procesa cele mai noi date", "Nu am putut procesa cele mai noi informa\u021Bii primite de la banca ta. \xCEncearc\u0103 din nou mai t\xE2rziu \u0219i contacteaz\u0103-ne dac\u0103 problema persist\u0103.", , (v) => "Nu am putut procesa cele mai noi informa\u021Bii primite de la " + v.provider + ". \xCEncearc\u0103 din nou mai t\xE2rziu \u0219i contacteaz\u0103-ne dac\u0103 problema persist\u0103."],
  // code.402
  ["Conturile tale sunt actualizate", "Conturile tale au fost actualizate cu succes."],
  // category.1xx
  ["Banca ta \xEE\u021Bi cere o ac\u021Biune", "Banca ta \xEE\u021Bi cere s\u0103 faci ceva \xEEnainte s\u0103-\u021Bi putem actualiza conturile. Autentific\u0103-te pe site-ul b\u0103ncii tale pentru detalii, apoi \xEEncearc\u0103 din nou.", (v) => v.provider + " \xEE\u021Bi cere o ac\u021Biune", (v) => v.provider + " \xEE\u021Bi cere s\u0103 faci ceva \xEEnainte s\u0103-\u021Bi putem actualiza conturile. Autentific\u0103-te pe site-ul " + v.provider + " pentru detalii, apoi \xEEncearc\u0103 din nou."],
  // category.2xx
  ["Problem\u0103 la banca ta", "Exist\u0103 o problem\u0103 cu site-ul b\u0103ncii tale, a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu.", (v) => "Problem\u0103 la " + v.provider, (v) => "Exist\u0103 o problem\u0103 cu site-ul " + v.provider + ", a\u0219a c\u0103 conturile tale nu au fost actualizate. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // category.3xx
  ["A ap\u0103rut o eroare din partea noastr\u0103", "O eroare \xEEn sistemele noastre a \xEEmpiedicat actualizarea conturilor tale. \xCEncearc\u0103 din nou mai t\xE2rziu."],
  // category.4xx
  ["A ap\u0103rut o eroare", "Nu \u021Bi-am putut actualiza conturile. \xCEncearc\u0103 din nou mai t\xE2rziu \u0219i contacteaz\u0103-ne dac\u0103 problema persist\u0103."],
  // unknown
  ["Re\xEEmprosp\u0103teaz\u0103"],
  // action.wait
  ["\xCEncearc\u0103 din nou"],
  // action.retry_later
  ["Actualizeaz\u0103 datele"],
  // action.update_credentials
  ["Actualizeaz\u0103 parola"],
  // action.change_password
  ["Cum deblochezi accesul"],
  // action.unblock_account
  ["Mergi la site-ul b\u0103ncii"],
  // action.act_on_provider_website
  ["Verific\u0103-\u021Bi contractul"],
  // action.upgrade_contract
  ["Confirm\u0103 identitatea"],
  // action.authenticate
  ["Re\xEEnnoie\u0219te certificatul"],
  // action.renew_certificate
  ["Contacteaz\u0103-ne"],
  // action.contact_support
  ["Reconecteaz\u0103 banca"]
  // action.reconnect
] };

// generated/locales/sk.ts
var sk = { locale: "sk", rows: [
  ["Va\u0161e \xFA\u010Dty s\xFA aktu\xE1lne", "Na\u010D\xEDtali sme najnov\u0161ie \xFAdaje z\xA0va\u0161ej banky a\xA0aktualizovali va\u0161e \xFA\u010Dty.", , (v) => "Na\u010D\xEDtali sme najnov\u0161ie \xFAdaje z\xA0banky " + v.provider + " a\xA0aktualizovali va\u0161e \xFA\u010Dty."],
  // status.finished
  ["Aktualiz\xE1cia sa \u010Doskoro za\u010Dne", "Va\u0161e \xFA\u010Dty o\xA0chv\xED\u013Eu aktualizujeme. Nemus\xEDte ni\u010D robi\u0165."],
  // status.pending
  ["Aktualizujeme va\u0161e \xFA\u010Dty", "Na\u010D\xEDtavame najnov\u0161ie \xFAdaje z\xA0va\u0161ej banky. M\xF4\u017Ee to chv\xED\u013Eu trva\u0165.", , (v) => "Na\u010D\xEDtavame najnov\u0161ie \xFAdaje z\xA0banky " + v.provider + ". M\xF4\u017Ee to chv\xED\u013Eu trva\u0165."],
  // status.in_progress
  ["Aktualiz\xE1cia prebieha na pozad\xED", "Aplik\xE1ciu m\xF4\u017Eete \u010Falej pou\u017E\xEDva\u0165. Ke\u010F budeme hotov\xED, va\u0161e \xFA\u010Dty sa automaticky aktualizuj\xFA."],
  // status.in_background_progress
  ["Va\u0161a banka na v\xE1s \u010Dak\xE1", "Aby sme mohli dokon\u010Di\u0165 aktualiz\xE1ciu \xFA\u010Dtov, vykonajte krok, ktor\xFD od v\xE1s va\u0161a banka po\u017Eaduje, napr\xEDklad overenie toto\u017Enosti.", (v) => "Banka " + v.provider + " na v\xE1s \u010Dak\xE1", (v) => "Aby sme mohli dokon\u010Di\u0165 aktualiz\xE1ciu \xFA\u010Dtov, vykonajte krok, ktor\xFD od v\xE1s po\u017Eaduje banka " + v.provider + ", napr\xEDklad overenie toto\u017Enosti."],
  // status.waiting_user
  ["Aktualiz\xE1cia bola zru\u0161en\xE1", "Aktualiz\xE1cia sa preru\u0161ila, tak\u017Ee va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. M\xF4\u017Eete ju kedyko\u013Evek spusti\u0165 znova."],
  // status.cancelled
  ["\xDA\u010Dty sa nepodarilo aktualizova\u0165", "Pri aktualiz\xE1cii \xFA\u010Dtov sa nie\u010Do pokazilo. Sk\xFAste to znova nesk\xF4r."],
  // status.error
  ["Vo va\u0161ej banke prebieha \xFAdr\u017Eba", "Online slu\u017Eby va\u0161ej banky s\xFA pre \xFAdr\u017Ebu do\u010Dasne nedostupn\xE9, preto teraz nem\xF4\u017Eeme aktualizova\u0165 va\u0161e \xFA\u010Dty. Sk\xFAste to znova nesk\xF4r.", (v) => "V\xA0banke " + v.provider + " prebieha \xFAdr\u017Eba", (v) => "Online slu\u017Eby banky " + v.provider + " s\xFA pre \xFAdr\u017Ebu do\u010Dasne nedostupn\xE9, preto teraz nem\xF4\u017Eeme aktualizova\u0165 va\u0161e \xFA\u010Dty. Sk\xFAste to znova nesk\xF4r."],
  // status.maintenance
  ["Aktualiz\xE1cia je napl\xE1novan\xE1", "Va\u0161e \xFA\u010Dty aktualizujeme automaticky nesk\xF4r. Nemus\xEDte ni\u010D robi\u0165."],
  // status.scheduled
  ["Va\u0161a banka je nedostupn\xE1", "K\xA0va\u0161ej banke sa moment\xE1lne nem\xF4\u017Eeme pripoji\u0165, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r.", (v) => "Banka " + v.provider + " je nedostupn\xE1", (v) => "K\xA0banke " + v.provider + " sa moment\xE1lne nem\xF4\u017Eeme pripoji\u0165, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r."],
  // status.unavailable
  ["Va\u0161e \xFA\u010Dty s\xFA aktu\xE1lne", "Va\u0161e \xFA\u010Dty boli \xFAspe\u0161ne aktualizovan\xE9."],
  // code.100
  ["Skontrolujte prihlasovacie \xFAdaje", "Va\u0161a banka neprijala zadan\xE9 prihlasovacie \xFAdaje. Skontrolujte ich a\xA0zadajte znova, aby ste obnovili pripojenie.", , (v) => "Banka " + v.provider + " neprijala zadan\xE9 prihlasovacie \xFAdaje. Skontrolujte ich a\xA0zadajte znova, aby ste obnovili pripojenie."],
  // code.201
  ["Nespr\xE1vne prihlasovacie \xFAdaje", "Va\u0161a banka neprijala va\u0161e prihlasovacie meno alebo heslo. Zadajte aktu\xE1lne prihlasovacie \xFAdaje, aby ste obnovili pripojenie.", , (v) => "Banka " + v.provider + " neprijala va\u0161e prihlasovacie meno alebo heslo. Zadajte aktu\xE1lne prihlasovacie \xFAdaje, aby ste obnovili pripojenie."],
  // code.201.bad_credentials
  ["V\xE1\u0161 internet banking je zablokovan\xFD", "Va\u0161a banka zablokovala pr\xEDstup do v\xE1\u0161ho internet bankingu. Obr\xE1\u0165te sa na banku so \u017Eiados\u0165ou o\xA0odblokovanie a\xA0potom sa znova pripojte.", , (v) => "Banka " + v.provider + " zablokovala pr\xEDstup do v\xE1\u0161ho internet bankingu. Obr\xE1\u0165te sa na banku so \u017Eiados\u0165ou o\xA0odblokovanie a\xA0potom sa znova pripojte."],
  // code.201.account_blocked
  ["Platnos\u0165 hesla skon\u010Dila", "Va\u0161a banka vy\u017Eaduje nastavenie nov\xE9ho hesla. Zme\u0148te ho na webovej str\xE1nke svojej banky a\xA0potom sa znova pripojte s\xA0nov\xFDm heslom.", , (v) => "Banka " + v.provider + " vy\u017Eaduje nastavenie nov\xE9ho hesla. Zme\u0148te ho na webovej str\xE1nke banky a\xA0potom sa znova pripojte s\xA0nov\xFDm heslom."],
  // code.201.password_expired
  ["Vo va\u0161ej banke treba nie\u010Do urobi\u0165", "Sk\xF4r ako budeme m\xF4c\u0165 aktualizova\u0165 va\u0161e \xFA\u010Dty, mus\xEDte nie\u010Do vybavi\u0165 vo svojej banke. Prihl\xE1ste sa na webovej str\xE1nke banky, postupujte pod\u013Ea pokynov a\xA0potom to sk\xFAste znova.", (v) => "V\xA0banke " + v.provider + " treba nie\u010Do urobi\u0165", (v) => "Sk\xF4r ako budeme m\xF4c\u0165 aktualizova\u0165 va\u0161e \xFA\u010Dty, mus\xEDte nie\u010Do vybavi\u0165 v\xA0banke " + v.provider + ". Prihl\xE1ste sa na webovej str\xE1nke banky, postupujte pod\u013Ea pokynov a\xA0potom to sk\xFAste znova."],
  // code.202
  ["Va\u0161a zmluva to neumo\u017E\u0148uje", "Va\u0161a zmluva o\xA0elektronickom bankovn\xEDctve t\xFAto slu\u017Ebu nezah\u0155\u0148a. Po\u017Eiadajte svoju banku o\xA0roz\u0161\xEDrenie zmluvy a\xA0potom to sk\xFAste znova.", , (v) => "Va\u0161a zmluva o\xA0elektronickom bankovn\xEDctve t\xFAto slu\u017Ebu nezah\u0155\u0148a. Po\u017Eiadajte banku " + v.provider + " o\xA0roz\u0161\xEDrenie zmluvy a\xA0potom to sk\xFAste znova."],
  // code.203
  ["Overte svoju toto\u017Enos\u0165", "Z\xA0bezpe\u010Dnostn\xFDch d\xF4vodov va\u0161a banka vy\u017Eaduje overenie toto\u017Enosti, sk\xF4r ne\u017E bude mo\u017En\xE9 aktualizova\u0165 \xFA\u010Dty.", , (v) => "Z\xA0bezpe\u010Dnostn\xFDch d\xF4vodov banka " + v.provider + " vy\u017Eaduje overenie toto\u017Enosti, sk\xF4r ne\u017E bude mo\u017En\xE9 aktualizova\u0165 \xFA\u010Dty."],
  // code.205
  ["Platnos\u0165 v\xE1\u0161ho certifik\xE1tu skon\u010Dila", "V\xE1\u0161 certifik\xE1t EBICS je neplatn\xFD alebo mu skon\u010Dila platnos\u0165. Obnovte ho vo svojej banke a\xA0potom sa znova pripojte.", , (v) => "V\xE1\u0161 certifik\xE1t EBICS je neplatn\xFD alebo mu skon\u010Dila platnos\u0165. Obnovte ho v\xA0banke " + v.provider + " a\xA0potom sa znova pripojte."],
  // code.206
  ["Probl\xE9m vo va\u0161ej banke", "Na webovej str\xE1nke va\u0161ej banky sa vyskytla chyba, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r.", (v) => "Probl\xE9m v\xA0banke " + v.provider, (v) => "Na webovej str\xE1nke banky " + v.provider + " sa vyskytla chyba, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r."],
  // code.300
  ["Najnov\u0161ie \xFAdaje sa nepodarilo na\u010D\xEDta\u0165", "Va\u0161e \xFAdaje sa n\xE1m nepodarilo stiahnu\u0165 z\xA0webovej str\xE1nky va\u0161ej banky. Sk\xFAste to znova nesk\xF4r.", , (v) => "Va\u0161e \xFAdaje sa n\xE1m nepodarilo stiahnu\u0165 z\xA0webovej str\xE1nky banky " + v.provider + ". Sk\xFAste to znova nesk\xF4r."],
  // code.301
  ["Platnos\u0165 prihl\xE1senia do banky skon\u010Dila", "Va\u0161e prihl\xE1senie do banky skon\u010Dilo sk\xF4r, ne\u017E sa aktualiz\xE1cia dokon\u010Dila. M\xF4\u017Ee sa to sta\u0165, ke\u010F s\xFA\u010Dasne pou\u017E\xEDvate internet banking aj inde. Sk\xFAste to znova o\xA0nieko\u013Eko min\xFAt.", , (v) => "Va\u0161e prihl\xE1senie do banky " + v.provider + " skon\u010Dilo sk\xF4r, ne\u017E sa aktualiz\xE1cia dokon\u010Dila. M\xF4\u017Ee sa to sta\u0165, ke\u010F s\xFA\u010Dasne pou\u017E\xEDvate internet banking aj inde. Sk\xFAste to znova o\xA0nieko\u013Eko min\xFAt."],
  // code.302
  ["Aktualiz\xE1ciu sa nepodarilo dokon\u010Di\u0165", "Na webovej str\xE1nke va\u0161ej banky sa objavilo nie\u010Do, \u010Do zatia\u013E nevieme spracova\u0165, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Kontaktujte na\u0161u podporu, aby sme to mohli opravi\u0165.", , (v) => "Na webovej str\xE1nke banky " + v.provider + " sa objavilo nie\u010Do, \u010Do zatia\u013E nevieme spracova\u0165, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Kontaktujte na\u0161u podporu, aby sme to mohli opravi\u0165."],
  // code.303
  ["Probl\xE9m na strane va\u0161ej banky", "Probl\xE9m je na strane va\u0161ej banky a\xA0vyrie\u0161i\u0165 ho m\xF4\u017Ee len ona. Nemus\xEDte ni\u010D robi\u0165 \u2013 sk\xFAste to znova nesk\xF4r.", (v) => "Probl\xE9m na strane banky " + v.provider, (v) => "Probl\xE9m je na strane banky " + v.provider + " a\xA0vyrie\u0161i\u0165 ho m\xF4\u017Ee len ona. Nemus\xEDte ni\u010D robi\u0165 \u2013 sk\xFAste to znova nesk\xF4r."],
  // code.304
  ["Probl\xE9m s\xA0certifik\xE1tom va\u0161ej banky", "Bezpe\u010Dnostn\xFD certifik\xE1t va\u0161ej banky je neplatn\xFD alebo mu skon\u010Dila platnos\u0165. Banka ho mus\xED obnovi\u0165, preto to sk\xFAste znova nesk\xF4r.", , (v) => "Bezpe\u010Dnostn\xFD certifik\xE1t banky " + v.provider + " je neplatn\xFD alebo mu skon\u010Dila platnos\u0165. Banka ho mus\xED obnovi\u0165, preto to sk\xFAste znova nesk\xF4r."],
  // code.305
  ["Chyba na na\u0161ej strane", "Pre chybu na na\u0161ej strane sa va\u0161e \xFA\u010Dty nepodarilo aktualizova\u0165. Sk\xFAste to znova nesk\xF4r."],
  // code.400
  ["Zostatok sa nepodarilo overi\u0165", "Nepodarilo sa n\xE1m overi\u0165 zostatok na \xFA\u010Dte, preto va\u0161e \xFA\u010Dty nemusia by\u0165 aktu\xE1lne. Sk\xFAste to znova nesk\xF4r."],
  // code.401
  ["Najnov\u0161ie \xFAdaje sa nepodarilo spracova\u0165", "Najnov\u0161ie \xFAdaje z\xA0va\u0161ej banky sa n\xE1m nepodarilo spracova\u0165. Sk\xFAste to znova nesk\xF4r. Ak sa to bude opakova\u0165, kontaktujte na\u0161u podporu.", , (v) => "Najnov\u0161ie \xFAdaje z\xA0banky " + v.provider + " sa n\xE1m nepodarilo spracova\u0165. Sk\xFAste to znova nesk\xF4r. Ak sa to bude opakova\u0165, kontaktujte na\u0161u podporu."],
  // code.402
  ["Va\u0161e \xFA\u010Dty s\xFA aktu\xE1lne", "Va\u0161e \xFA\u010Dty boli \xFAspe\u0161ne aktualizovan\xE9."],
  // category.1xx
  ["Vo va\u0161ej banke treba nie\u010Do urobi\u0165", "Sk\xF4r ako budeme m\xF4c\u0165 aktualizova\u0165 va\u0161e \xFA\u010Dty, mus\xEDte nie\u010Do vybavi\u0165 vo svojej banke. Podrobnosti n\xE1jdete po prihl\xE1sen\xED na webovej str\xE1nke banky. Potom to sk\xFAste znova.", (v) => "V\xA0banke " + v.provider + " treba nie\u010Do urobi\u0165", (v) => "Sk\xF4r ako budeme m\xF4c\u0165 aktualizova\u0165 va\u0161e \xFA\u010Dty, mus\xEDte nie\u010Do vybavi\u0165 v\xA0banke " + v.provider + ". Podrobnosti n\xE1jdete po prihl\xE1sen\xED na webovej str\xE1nke banky. Potom to sk\xFAste znova."],
  // category.2xx
  ["Probl\xE9m vo va\u0161ej banke", "Na webovej str\xE1nke va\u0161ej banky sa vyskytol probl\xE9m, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r.", (v) => "Probl\xE9m v\xA0banke " + v.provider, (v) => "Na webovej str\xE1nke banky " + v.provider + " sa vyskytol probl\xE9m, preto va\u0161e \xFA\u010Dty neboli aktualizovan\xE9. Sk\xFAste to znova nesk\xF4r."],
  // category.3xx
  ["Chyba na na\u0161ej strane", "Pre chybu na na\u0161ej strane sa va\u0161e \xFA\u010Dty nepodarilo aktualizova\u0165. Sk\xFAste to znova nesk\xF4r."],
  // category.4xx
  ["Nie\u010Do sa pokazilo", "Va\u0161e \xFA\u010Dty sa n\xE1m nepodarilo aktualizova\u0165. Sk\xFAste to znova nesk\xF4r. Ak sa to bude opakova\u0165, kontaktujte na\u0161u podporu."],
  // unknown
  ["Obnovi\u0165"],
  // action.wait
  ["Sk\xFAsi\u0165 znova"],
  // action.retry_later
  ["Zada\u0165 prihlasovacie \xFAdaje"],
  // action.update_credentials
  ["Aktualizova\u0165 heslo"],
  // action.change_password
  ["Ako odblokova\u0165 pr\xEDstup"],
  // action.unblock_account
  ["Prejs\u0165 na str\xE1nku banky"],
  // action.act_on_provider_website
  ["Skontrolova\u0165 zmluvu"],
  // action.upgrade_contract
  ["Overi\u0165 toto\u017Enos\u0165"],
  // action.authenticate
  ["Obnovi\u0165 certifik\xE1t"],
  // action.renew_certificate
  ["Kontaktova\u0165 podporu"],
  // action.contact_support
  ["Znova pripoji\u0165"]
  // action.reconnect
] };

// generated/locales/sl.ts
var sl = { locale: "sl", rows: [
  ["Ra\u010Duni so posodobljeni", "Va\u0161e ra\u010Dune smo posodobili z najnovej\u0161imi podatki iz va\u0161e banke.", , (v) => "Va\u0161e ra\u010Dune smo posodobili z najnovej\u0161imi podatki iz banke " + v.provider + "."],
  // status.finished
  ["Posodobitev se bo kmalu za\u010Dela", "Ra\u010Duni se bodo posodobili \u010Dez trenutek. Ni\u010Desar vam ni treba storiti."],
  // status.pending
  ["Posodabljamo va\u0161e ra\u010Dune", "Pridobivamo najnovej\u0161e podatke iz va\u0161e banke. To lahko traja nekaj trenutkov.", , (v) => "Pridobivamo najnovej\u0161e podatke iz banke " + v.provider + ". To lahko traja nekaj trenutkov."],
  // status.in_progress
  ["Posodabljanje v ozadju", "Aplikacijo lahko \u0161e naprej uporabljate. Ra\u010Duni se bodo samodejno posodobili, ko bo postopek kon\u010Dan."],
  // status.in_background_progress
  ["Va\u0161a banka \u010Daka na vas", "Za dokon\u010Danje posodobitve ra\u010Dunov opravite korak, ki ga zahteva va\u0161a banka, na primer potrdite svojo identiteto.", (v) => v.provider + " \u010Daka na vas", (v) => "Za dokon\u010Danje posodobitve ra\u010Dunov opravite korak, ki ga zahteva " + v.provider + ", na primer potrdite svojo identiteto."],
  // status.waiting_user
  ["Posodobitev je preklicana", "Posodobitev je bila prekinjena, zato va\u0161i ra\u010Duni niso bili posodobljeni. Znova jo lahko za\u017Eenete kadar koli."],
  // status.cancelled
  ["Ra\u010Dunov ni bilo mogo\u010De posodobiti", "Pri posodabljanju ra\u010Dunov je pri\u0161lo do napake. Poskusite znova pozneje."],
  // status.error
  ["Vzdr\u017Eevalna dela pri va\u0161i banki", "Spletne storitve va\u0161e banke zaradi vzdr\u017Eevalnih del trenutno ne delujejo, zato va\u0161ih ra\u010Dunov ne moremo posodobiti. Poskusite znova pozneje.", (v) => "Vzdr\u017Eevalna dela pri banki " + v.provider, (v) => "Spletne storitve banke " + v.provider + " zaradi vzdr\u017Eevalnih del trenutno ne delujejo, zato va\u0161ih ra\u010Dunov ne moremo posodobiti. Poskusite znova pozneje."],
  // status.maintenance
  ["Posodobitev je na\u010Drtovana", "Va\u0161i ra\u010Duni se bodo pozneje samodejno posodobili. Ni\u010Desar vam ni treba storiti."],
  // status.scheduled
  ["Va\u0161a banka ni dosegljiva", "Z va\u0161o banko se trenutno ne moremo povezati, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje.", (v) => "Banka " + v.provider + " ni dosegljiva", (v) => "Z banko " + v.provider + " se trenutno ne moremo povezati, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje."],
  // status.unavailable
  ["Ra\u010Duni so posodobljeni", "Va\u0161i ra\u010Duni so bili uspe\u0161no posodobljeni."],
  // code.100
  ["Preverite podatke za prijavo", "Va\u0161a banka ni sprejela va\u0161ih podatkov za prijavo. Preverite jih in jih znova vnesite, da obnovite povezavo.", , (v) => "Banka " + v.provider + " ni sprejela va\u0161ih podatkov za prijavo. Preverite jih in jih znova vnesite, da obnovite povezavo."],
  // code.201
  ["Napa\u010Dni podatki za prijavo", "Va\u0161a banka ni sprejela va\u0161ega uporabni\u0161kega imena ali gesla. Vnesite veljavne podatke za prijavo, da obnovite povezavo.", , (v) => "Banka " + v.provider + " ni sprejela va\u0161ega uporabni\u0161kega imena ali gesla. Vnesite veljavne podatke za prijavo, da obnovite povezavo."],
  // code.201.bad_credentials
  ["Dostop do spletne banke je blokiran", "Va\u0161a banka je blokirala va\u0161 dostop do spletne banke. Za odblokiranje se obrnite nanjo, nato znova vzpostavite povezavo.", , (v) => "Banka " + v.provider + " je blokirala va\u0161 dostop do spletne banke. Za odblokiranje se obrnite nanjo, nato znova vzpostavite povezavo."],
  // code.201.account_blocked
  ["Va\u0161e geslo je poteklo", "Va\u0161a banka zahteva, da nastavite novo geslo. Spremenite ga na spletni strani svoje banke, nato vnesite novo geslo, da znova vzpostavite povezavo.", , (v) => "Banka " + v.provider + " zahteva, da nastavite novo geslo. Spremenite ga na spletni strani banke, nato vnesite novo geslo, da znova vzpostavite povezavo."],
  // code.201.password_expired
  ["Pri va\u0161i banki morate nekaj urediti", "Va\u0161a banka zahteva, da nekaj uredite, preden lahko posodobimo va\u0161e ra\u010Dune. Prijavite se na spletni strani svoje banke, sledite navodilom in nato poskusite znova.", (v) => "Pri banki " + v.provider + " morate nekaj urediti", (v) => "Banka " + v.provider + " zahteva, da nekaj uredite, preden lahko posodobimo va\u0161e ra\u010Dune. Prijavite se na spletni strani banke " + v.provider + ", sledite navodilom in nato poskusite znova."],
  // code.202
  ["Va\u0161a pogodba tega ne omogo\u010Da", "Va\u0161a pogodba o uporabi spletne banke ne vklju\u010Duje te storitve. Pri svoji banki zaprosite za raz\u0161iritev pogodbe, nato poskusite znova.", , (v) => "Va\u0161a pogodba o uporabi spletne banke ne vklju\u010Duje te storitve. Pri banki " + v.provider + " zaprosite za raz\u0161iritev pogodbe, nato poskusite znova."],
  // code.203
  ["Potrdite svojo identiteto", "Zaradi va\u0161e varnosti va\u0161a banka zahteva, da pred posodobitvijo ra\u010Dunov potrdite svojo identiteto.", , (v) => "Zaradi va\u0161e varnosti banka " + v.provider + " zahteva, da pred posodobitvijo ra\u010Dunov potrdite svojo identiteto."],
  // code.205
  ["Va\u0161 certifikat je potekel", "Va\u0161 certifikat EBICS ni veljaven ali je potekel. Obnovite ga pri svoji banki, nato znova vzpostavite povezavo.", , (v) => "Va\u0161 certifikat EBICS ni veljaven ali je potekel. Obnovite ga pri banki " + v.provider + ", nato znova vzpostavite povezavo."],
  // code.206
  ["Te\u017Eava pri va\u0161i banki", "Na spletni strani va\u0161e banke je pri\u0161lo do napake, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje.", (v) => "Te\u017Eava pri banki " + v.provider, (v) => "Na spletni strani banke " + v.provider + " je pri\u0161lo do napake, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje."],
  // code.300
  ["Prenos podatkov ni uspel", "Podatkov s spletne strani va\u0161e banke nismo mogli prenesti. Poskusite znova pozneje.", , (v) => "Podatkov s spletne strani banke " + v.provider + " nismo mogli prenesti. Poskusite znova pozneje."],
  // code.301
  ["Seja pri banki je potekla", "Seja pri va\u0161i banki se je kon\u010Dala, preden se je posodobitev zaklju\u010Dila. To se lahko zgodi, \u010De ste prijavljeni tudi drugje. Poskusite znova \u010Dez nekaj minut.", , (v) => "Seja pri banki " + v.provider + " se je kon\u010Dala, preden se je posodobitev zaklju\u010Dila. To se lahko zgodi, \u010De ste prijavljeni tudi drugje. Poskusite znova \u010Dez nekaj minut."],
  // code.302
  ["Posodobitve nismo mogli dokon\u010Dati", "Spletna stran va\u0161e banke je prikazala nekaj, \u010Desar \u0161e ne podpiramo, zato va\u0161i ra\u010Duni niso bili posodobljeni. Obrnite se na na\u0161o podporo, da bomo lahko te\u017Eavo odpravili.", , (v) => "Spletna stran banke " + v.provider + " je prikazala nekaj, \u010Desar \u0161e ne podpiramo, zato va\u0161i ra\u010Duni niso bili posodobljeni. Obrnite se na na\u0161o podporo, da bomo lahko te\u017Eavo odpravili."],
  // code.303
  ["Va\u0161a banka mora odpraviti te\u017Eavo", "Te\u017Eava je na strani va\u0161e banke in jo lahko odpravi samo ona. Ni\u010Desar vam ni treba storiti \u2013 poskusite znova pozneje.", (v) => v.provider + " mora odpraviti te\u017Eavo", (v) => "Te\u017Eava je na strani banke " + v.provider + " in jo lahko odpravi samo ona. Ni\u010Desar vam ni treba storiti \u2013 poskusite znova pozneje."],
  // code.304
  ["Te\u017Eava s certifikatom va\u0161e banke", "Varnostni certifikat va\u0161e banke ni veljaven ali je potekel. Banka ga mora obnoviti, zato poskusite znova pozneje.", , (v) => "Varnostni certifikat banke " + v.provider + " ni veljaven ali je potekel. Banka ga mora obnoviti, zato poskusite znova pozneje."],
  // code.305
  ["Napaka na na\u0161i strani", "Zaradi napake na na\u0161i strani va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje."],
  // code.400
  ["Stanja ni bilo mogo\u010De preveriti", "Stanja na ra\u010Dunu nismo mogli preveriti, zato podatki o va\u0161ih ra\u010Dunih morda niso najnovej\u0161i. Poskusite znova pozneje."],
  // code.401
  ["Podatkov ni bilo mogo\u010De obdelati", "Najnovej\u0161ih podatkov iz va\u0161e banke nismo mogli obdelati. Poskusite znova pozneje. \u010Ce se te\u017Eava ponavlja, se obrnite na na\u0161o podporo.", , (v) => "Najnovej\u0161ih podatkov iz banke " + v.provider + " nismo mogli obdelati. Poskusite znova pozneje. \u010Ce se te\u017Eava ponavlja, se obrnite na na\u0161o podporo."],
  // code.402
  ["Ra\u010Duni so posodobljeni", "Va\u0161i ra\u010Duni so bili uspe\u0161no posodobljeni."],
  // category.1xx
  ["Pri va\u0161i banki morate nekaj urediti", "Va\u0161a banka zahteva, da nekaj uredite, preden lahko posodobimo va\u0161e ra\u010Dune. Za podrobnosti se prijavite na spletni strani svoje banke, nato poskusite znova.", (v) => "Pri banki " + v.provider + " morate nekaj urediti", (v) => "Banka " + v.provider + " zahteva, da nekaj uredite, preden lahko posodobimo va\u0161e ra\u010Dune. Za podrobnosti se prijavite na spletni strani banke " + v.provider + ", nato poskusite znova."],
  // category.2xx
  ["Te\u017Eava pri va\u0161i banki", "Na spletni strani va\u0161e banke je pri\u0161lo do te\u017Eave, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje.", (v) => "Te\u017Eava pri banki " + v.provider, (v) => "Na spletni strani banke " + v.provider + " je pri\u0161lo do te\u017Eave, zato va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje."],
  // category.3xx
  ["Napaka na na\u0161i strani", "Zaradi napake na na\u0161i strani va\u0161i ra\u010Duni niso bili posodobljeni. Poskusite znova pozneje."],
  // category.4xx
  ["Pri\u0161lo je do napake", "Va\u0161ih ra\u010Dunov nismo mogli posodobiti. Poskusite znova pozneje. \u010Ce se te\u017Eava ponavlja, se obrnite na na\u0161o podporo."],
  // unknown
  ["Osve\u017Ei"],
  // action.wait
  ["Poskusi znova"],
  // action.retry_later
  ["Vnesi podatke za prijavo"],
  // action.update_credentials
  ["Posodobi geslo"],
  // action.change_password
  ["Kako odblokirati dostop"],
  // action.unblock_account
  ["Na spletno stran banke"],
  // action.act_on_provider_website
  ["Preveri pogodbo"],
  // action.upgrade_contract
  ["Potrdi identiteto"],
  // action.authenticate
  ["Obnovi certifikat"],
  // action.renew_certificate
  ["Obrni se na podporo"],
  // action.contact_support
  ["Znova pove\u017Ei banko"]
  // action.reconnect
] };

// generated/locales/sv.ts
var sv = { locale: "sv", rows: [
  ["Dina konton \xE4r uppdaterade", "Vi har uppdaterat dina konton med den senaste informationen fr\xE5n din bank.", , (v) => "Vi har uppdaterat dina konton med den senaste informationen fr\xE5n " + v.provider + "."],
  // status.finished
  ["Uppdateringen startar snart", "Dina konton uppdateras om en liten stund. Du beh\xF6ver inte g\xF6ra n\xE5got."],
  // status.pending
  ["Dina konton uppdateras", "Vi h\xE4mtar den senaste informationen fr\xE5n din bank. Det kan ta en liten stund.", , (v) => "Vi h\xE4mtar den senaste informationen fr\xE5n " + v.provider + ". Det kan ta en liten stund."],
  // status.in_progress
  ["Uppdateringen forts\xE4tter i bakgrunden", "Du kan forts\xE4tta anv\xE4nda appen under tiden. Dina konton uppdateras automatiskt s\xE5 snart vi \xE4r klara."],
  // status.in_background_progress
  ["Din bank v\xE4ntar p\xE5 dig", "F\xF6r att dina konton ska kunna uppdateras beh\xF6ver du slutf\xF6ra det steg som din bank ber om, till exempel att legitimera dig.", (v) => v.provider + " v\xE4ntar p\xE5 dig", (v) => "F\xF6r att dina konton ska kunna uppdateras beh\xF6ver du slutf\xF6ra det steg som " + v.provider + " ber om, till exempel att legitimera dig."],
  // status.waiting_user
  ["Uppdateringen avbr\xF6ts", "Uppdateringen stoppades innan den var klar, s\xE5 dina konton har inte uppdaterats. Du kan starta den igen n\xE4r du vill."],
  // status.cancelled
  ["Det gick inte att uppdatera dina konton", "N\xE5got gick fel n\xE4r dina konton skulle uppdateras. F\xF6rs\xF6k igen senare."],
  // status.error
  ["Underh\xE5ll p\xE5g\xE5r hos din bank", "Din bank har tillf\xE4lligt st\xE4ngt sina digitala tj\xE4nster f\xF6r underh\xE5ll, s\xE5 vi kan inte uppdatera dina konton just nu. F\xF6rs\xF6k igen senare.", (v) => "Underh\xE5ll p\xE5g\xE5r hos " + v.provider, (v) => v.provider + " har tillf\xE4lligt st\xE4ngt sina digitala tj\xE4nster f\xF6r underh\xE5ll, s\xE5 vi kan inte uppdatera dina konton just nu. F\xF6rs\xF6k igen senare."],
  // status.maintenance
  ["Uppdateringen \xE4r schemalagd", "Dina konton uppdateras automatiskt vid ett senare tillf\xE4lle. Du beh\xF6ver inte g\xF6ra n\xE5got."],
  // status.scheduled
  ["Din bank g\xE5r inte att n\xE5", "Vi f\xE5r inte kontakt med din bank just nu, s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare.", (v) => v.provider + " g\xE5r inte att n\xE5", (v) => "Vi f\xE5r inte kontakt med " + v.provider + " just nu, s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare."],
  // status.unavailable
  ["Dina konton \xE4r uppdaterade", "Dina konton uppdaterades utan problem."],
  // code.100
  ["Kontrollera dina inloggningsuppgifter", "Din bank godk\xE4nde inte dina inloggningsuppgifter. Kontrollera uppgifterna och ange dem p\xE5 nytt f\xF6r att ansluta igen.", , (v) => v.provider + " godk\xE4nde inte dina inloggningsuppgifter. Kontrollera uppgifterna och ange dem p\xE5 nytt f\xF6r att ansluta igen."],
  // code.201
  ["Fel inloggningsuppgifter", "Din bank godk\xE4nde inte ditt anv\xE4ndarnamn eller l\xF6senord. Ange dina nuvarande inloggningsuppgifter f\xF6r att ansluta igen.", , (v) => v.provider + " godk\xE4nde inte ditt anv\xE4ndarnamn eller l\xF6senord. Ange dina nuvarande inloggningsuppgifter f\xF6r att ansluta igen."],
  // code.201.bad_credentials
  ["Din internetbank \xE4r sp\xE4rrad", "Din bank har sp\xE4rrat din \xE5tkomst till internetbanken. Kontakta banken f\xF6r att f\xE5 sp\xE4rren h\xE4vd och anslut sedan igen.", , (v) => v.provider + " har sp\xE4rrat din \xE5tkomst till internetbanken. Kontakta " + v.provider + " f\xF6r att f\xE5 sp\xE4rren h\xE4vd och anslut sedan igen."],
  // code.201.account_blocked
  ["Ditt l\xF6senord har g\xE5tt ut", "Din bank ber dig att v\xE4lja ett nytt l\xF6senord. Byt l\xF6senordet p\xE5 bankens webbplats och anslut sedan igen med det nya l\xF6senordet.", , (v) => v.provider + " ber dig att v\xE4lja ett nytt l\xF6senord. Byt l\xF6senordet hos " + v.provider + " p\xE5 webben och anslut sedan igen med det nya l\xF6senordet."],
  // code.201.password_expired
  ["\xC5tg\xE4rd kr\xE4vs hos din bank", "Din bank vill att du g\xF6r n\xE5got innan dina konton kan uppdateras. Logga in p\xE5 bankens webbplats, f\xF6lj instruktionerna d\xE4r och f\xF6rs\xF6k sedan igen.", (v) => "\xC5tg\xE4rd kr\xE4vs hos " + v.provider, (v) => v.provider + " vill att du g\xF6r n\xE5got innan dina konton kan uppdateras. Logga in hos " + v.provider + " p\xE5 webben, f\xF6lj instruktionerna d\xE4r och f\xF6rs\xF6k sedan igen."],
  // code.202
  ["Ditt avtal omfattar inte detta", "Ditt internetbanksavtal omfattar inte den h\xE4r tj\xE4nsten. Be din bank att ut\xF6ka avtalet och f\xF6rs\xF6k sedan igen.", , (v) => "Ditt internetbanksavtal omfattar inte den h\xE4r tj\xE4nsten. Be " + v.provider + " att ut\xF6ka avtalet och f\xF6rs\xF6k sedan igen."],
  // code.203
  ["Legitimera dig", "Av s\xE4kerhetssk\xE4l beh\xF6ver du legitimera dig hos din bank innan dina konton kan uppdateras.", , (v) => "Av s\xE4kerhetssk\xE4l beh\xF6ver du legitimera dig hos " + v.provider + " innan dina konton kan uppdateras."],
  // code.205
  ["Ditt certifikat har g\xE5tt ut", "Ditt EBICS-certifikat \xE4r ogiltigt eller har g\xE5tt ut. F\xF6rnya det hos din bank och anslut sedan igen.", , (v) => "Ditt EBICS-certifikat \xE4r ogiltigt eller har g\xE5tt ut. F\xF6rnya det hos " + v.provider + " och anslut sedan igen."],
  // code.206
  ["Problem hos din bank", "Det uppstod ett fel p\xE5 din banks webbplats, s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare.", (v) => "Problem hos " + v.provider, (v) => "Det uppstod ett fel p\xE5 webbplatsen hos " + v.provider + ", s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare."],
  // code.300
  ["Det gick inte att h\xE4mta dina senaste uppgifter", "Vi kunde inte h\xE4mta informationen fr\xE5n din banks webbplats. F\xF6rs\xF6k igen senare.", , (v) => "Vi kunde inte h\xE4mta informationen fr\xE5n webbplatsen hos " + v.provider + ". F\xF6rs\xF6k igen senare."],
  // code.301
  ["Din session hos banken har g\xE5tt ut", "Sessionen hos din bank avslutades innan uppdateringen var klar. Det kan h\xE4nda om du \xE4r inloggad n\xE5gon annanstans samtidigt. F\xF6rs\xF6k igen om n\xE5gra minuter.", , (v) => "Din session hos " + v.provider + " avslutades innan uppdateringen var klar. Det kan h\xE4nda om du \xE4r inloggad n\xE5gon annanstans samtidigt. F\xF6rs\xF6k igen om n\xE5gra minuter."],
  // code.302
  ["Vi kunde inte slutf\xF6ra uppdateringen", "Din banks webbplats visade n\xE5got som vi inte kan hantera \xE4n, s\xE5 dina konton har inte uppdaterats. Kontakta kundtj\xE4nst s\xE5 att vi kan \xE5tg\xE4rda det.", , (v) => "Webbplatsen hos " + v.provider + " visade n\xE5got som vi inte kan hantera \xE4n, s\xE5 dina konton har inte uppdaterats. Kontakta kundtj\xE4nst s\xE5 att vi kan \xE5tg\xE4rda det."],
  // code.303
  ["Din bank beh\xF6ver \xE5tg\xE4rda ett problem", "Det finns ett problem hos din bank som bara banken sj\xE4lv kan \xE5tg\xE4rda. Du beh\xF6ver inte g\xF6ra n\xE5got \u2013 f\xF6rs\xF6k bara igen senare.", (v) => v.provider + " beh\xF6ver \xE5tg\xE4rda ett problem", (v) => "Det finns ett problem hos " + v.provider + " som bara de sj\xE4lva kan \xE5tg\xE4rda. Du beh\xF6ver inte g\xF6ra n\xE5got \u2013 f\xF6rs\xF6k bara igen senare."],
  // code.304
  ["Problem med din banks certifikat", "Din banks s\xE4kerhetscertifikat \xE4r ogiltigt eller har g\xE5tt ut. Banken beh\xF6ver f\xF6rnya det, s\xE5 f\xF6rs\xF6k igen senare.", , (v) => "S\xE4kerhetscertifikatet hos " + v.provider + " \xE4r ogiltigt eller har g\xE5tt ut. " + v.provider + " beh\xF6ver f\xF6rnya det, s\xE5 f\xF6rs\xF6k igen senare."],
  // code.305
  ["N\xE5got gick fel hos oss", "Ett fel hos oss gjorde att dina konton inte kunde uppdateras. F\xF6rs\xF6k igen senare."],
  // code.400
  ["Det gick inte att kontrollera saldot", "Vi kunde inte kontrollera ditt saldo, s\xE5 dina konton kanske inte \xE4r helt aktuella. F\xF6rs\xF6k igen senare."],
  // code.401
  ["Det gick inte att behandla dina senaste uppgifter", "Vi kunde inte behandla den senaste informationen fr\xE5n din bank. F\xF6rs\xF6k igen senare och kontakta kundtj\xE4nst om problemet kvarst\xE5r.", , (v) => "Vi kunde inte behandla den senaste informationen fr\xE5n " + v.provider + ". F\xF6rs\xF6k igen senare och kontakta kundtj\xE4nst om problemet kvarst\xE5r."],
  // code.402
  ["Dina konton \xE4r uppdaterade", "Dina konton uppdaterades utan problem."],
  // category.1xx
  ["\xC5tg\xE4rd kr\xE4vs hos din bank", "Din bank vill att du g\xF6r n\xE5got innan dina konton kan uppdateras. Logga in p\xE5 bankens webbplats f\xF6r mer information och f\xF6rs\xF6k sedan igen.", (v) => "\xC5tg\xE4rd kr\xE4vs hos " + v.provider, (v) => v.provider + " vill att du g\xF6r n\xE5got innan dina konton kan uppdateras. Logga in hos " + v.provider + " p\xE5 webben f\xF6r mer information och f\xF6rs\xF6k sedan igen."],
  // category.2xx
  ["Problem hos din bank", "Din banks webbplats har problem just nu, s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare.", (v) => "Problem hos " + v.provider, (v) => "Webbplatsen hos " + v.provider + " har problem just nu, s\xE5 dina konton har inte uppdaterats. F\xF6rs\xF6k igen senare."],
  // category.3xx
  ["N\xE5got gick fel hos oss", "Ett fel hos oss gjorde att dina konton inte kunde uppdateras. F\xF6rs\xF6k igen senare."],
  // category.4xx
  ["N\xE5got gick fel", "Vi kunde inte uppdatera dina konton. F\xF6rs\xF6k igen senare och kontakta kundtj\xE4nst om problemet kvarst\xE5r."],
  // unknown
  ["Uppdatera"],
  // action.wait
  ["F\xF6rs\xF6k igen"],
  // action.retry_later
  ["Ange inloggningsuppgifter"],
  // action.update_credentials
  ["Ange nytt l\xF6senord"],
  // action.change_password
  ["S\xE5 f\xE5r du sp\xE4rren h\xE4vd"],
  // action.unblock_account
  ["G\xE5 till din bank"],
  // action.act_on_provider_website
  ["Se \xF6ver ditt avtal"],
  // action.upgrade_contract
  ["Legitimera dig"],
  // action.authenticate
  ["F\xF6rnya certifikat"],
  // action.renew_certificate
  ["Kontakta kundtj\xE4nst"],
  // action.contact_support
  ["Anslut igen"]
  // action.reconnect
] };

// generated/locales/index.ts
var allLocales = [en, bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv];
var shippedLocales = ["en", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];
export {
  allLocales,
  shippedLocales
};
